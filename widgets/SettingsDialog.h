#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cascade {

class Settings;

// Edit > Settings…: each exchange's API base URL (with "reset to default"), the proxy, the
// CoinGlass API key and the theme. Reads from and saves to Settings; the exchanges and their
// default URLs are handed in by app/, so the dialog knows nothing of the providers.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Endpoint
    {
        QString exchange;   // "binance"
        QString label;      // "Binance"
        QString defaultUrl; // the provider's public endpoint
    };

    SettingsDialog(Settings *settings, QList<Endpoint> endpoints, QWidget *parent = nullptr);

    // Saves and closes when every field is valid; otherwise says which is not and stays open.
    void accept() override;
    QString errorText() const;

private:
    QWidget *buildEndpoints();
    QWidget *buildNetwork();
    QWidget *buildAppearance();
    void load();
    QString validate() const;
    void save();
    void showError(const QString &message);

    Settings *m_settings = nullptr;
    QList<Endpoint> m_endpoints;
    QList<QLineEdit *> m_apiBases; // one per endpoint, same order
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_store = nullptr;
    QLineEdit *m_coinGlassKey = nullptr;
    QLabel *m_coinGlassKeyWhere = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace cascade
