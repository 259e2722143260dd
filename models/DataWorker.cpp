#include "DataWorker.h"

namespace cascade {

DataWorker::DataWorker(DataService::StoreOpener opener) : m_opener(std::move(opener)) {}

DataWorker::~DataWorker() = default;

Result<MarketStore *> DataWorker::store()
{
    if (!m_store) {
        auto opened = m_opener();
        if (!opened)
            return Result<MarketStore *>::failure(opened.error());
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

} // namespace cascade
