#pragma once

#include "DataService.h"

#include <QObject>

namespace cascade {

// Lives on DataService's thread and owns the store there, opened on first use.
class DataWorker : public QObject
{
    Q_OBJECT

public:
    explicit DataWorker(DataService::StoreOpener opener);
    ~DataWorker() override;

    // The open store, or the reason it could not be opened.
    Result<MarketStore *> store();

private:
    DataService::StoreOpener m_opener;
    std::unique_ptr<MarketStore> m_store;
};

} // namespace cascade
