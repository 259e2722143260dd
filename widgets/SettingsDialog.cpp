#include "SettingsDialog.h"

#include "Settings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cascade {

namespace {

bool isUrl(const QString &text, const QStringList &schemes)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty();
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, QList<Endpoint> endpoints, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_endpoints(std::move(endpoints))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ff6b6b; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(buildEndpoints());
    layout->addWidget(buildNetwork());
    layout->addWidget(buildAppearance());
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    load();
}

QWidget *SettingsDialog::buildEndpoints()
{
    auto *box = new QGroupBox(tr("Exchange APIs"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Endpoint &endpoint : std::as_const(m_endpoints)) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("apiBase_") + endpoint.exchange);
        edit->setPlaceholderText(endpoint.defaultUrl);
        edit->setClearButtonEnabled(true);
        auto *reset = new QToolButton(box);
        reset->setObjectName(QStringLiteral("resetApiBase_") + endpoint.exchange);
        reset->setText(tr("Reset to default"));
        reset->setToolTip(tr("Use %1").arg(endpoint.defaultUrl));
        const QString defaultUrl = endpoint.defaultUrl;
        connect(reset, &QToolButton::clicked, edit, [edit, defaultUrl] { edit->setText(defaultUrl); });
        connect(edit, &QLineEdit::textChanged, reset, [reset, defaultUrl](const QString &text) {
            reset->setEnabled(!text.trimmed().isEmpty() && text.trimmed() != defaultUrl);
        });
        auto *label = new QLabel(endpoint.label + QLatin1Char(':'), box);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(reset, row, 2);
        m_apiBases.append(edit);
        ++row;
    }
    grid->addWidget(hint(tr("For mirrors, regional endpoints or a local test server. Requests go to "
                            "the URL followed by the exchange's usual path."),
                         box),
                    row, 0, 1, 3);
    return box;
}

QWidget *SettingsDialog::buildNetwork()
{
    auto *box = new QGroupBox(tr("Network"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_store = new QLineEdit(box);
    m_store->setObjectName(QStringLiteral("storeLocation"));
    m_store->setPlaceholderText(tr("store.sqlite in Cascade's data folder"));
    m_store->setClearButtonEnabled(true);
    form->addRow(tr("&Store:"), m_store);
    form->addRow(
        QString(),
        hint(tr("A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. "
                "Takes effect the next time Cascade starts; --store and CASCADE_STORE override it."),
             box));
    m_proxy = new QLineEdit(box);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setPlaceholderText(tr("System proxy (http_proxy / https_proxy)"));
    m_proxy->setClearButtonEnabled(true);
    form->addRow(tr("&Proxy:"), m_proxy);
    form->addRow(QString(), hint(tr("e.g. http://host:3128 or socks5://host:1080. Exchanges that ban "
                                    "or block your region answer 418, 403 or 451."),
                                 box));

    m_coinGlassKey = new QLineEdit(box);
    m_coinGlassKey->setObjectName(QStringLiteral("coinGlassKey"));
    m_coinGlassKey->setEchoMode(QLineEdit::Password);
    m_coinGlassKey->setPlaceholderText(tr("Needed for CoinGlass liquidation history"));
    auto *show = new QToolButton(box);
    show->setObjectName(QStringLiteral("showCoinGlassKey"));
    show->setText(tr("Show"));
    show->setCheckable(true);
    connect(show, &QToolButton::toggled, m_coinGlassKey, [this, show](bool on) {
        m_coinGlassKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide") : tr("Show"));
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_coinGlassKey, 1);
    keyRow->addWidget(show);
    auto *keyLabel = new QLabel(tr("CoinGlass &API key:"), box); // a row of a layout gets no buddy itself
    keyLabel->setBuddy(m_coinGlassKey);
    form->addRow(keyLabel, keyRow);
    // Where the key is kept depends on whether a keychain service runs (load() fills it in).
    m_coinGlassKeyWhere = hint(QString(), box);
    m_coinGlassKeyWhere->setObjectName(QStringLiteral("coinGlassKeyWhere"));
    form->addRow(QString(), m_coinGlassKeyWhere);
    return box;
}

QWidget *SettingsDialog::buildAppearance()
{
    auto *box = new QGroupBox(tr("Appearance"), this);
    auto *form = new QFormLayout(box);
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    form->addRow(tr("&Theme:"), m_theme);

    // Each language named in itself, so whoever cannot read the current one still finds theirs.
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("A new language takes effect the next time Cascade starts."), box));
    return box;
}

void SettingsDialog::load()
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const QString url = m_settings->apiBase(m_endpoints[i].exchange);
        m_apiBases[i]->setText(url.isEmpty() ? m_endpoints[i].defaultUrl : url);
    }
    m_proxy->setText(m_settings->get(Settings::proxyUrl));
    m_store->setText(m_settings->get(Settings::storeLocation));
    m_coinGlassKey->setText(m_settings->coinGlassKey());
    const QString where = m_settings->keepsSecretsInKeychain()
                              ? tr("Kept in the system keychain.")
                              : tr("No keychain service is running: kept in Cascade's settings file, "
                                   "readable only by you.");
    m_coinGlassKey->setToolTip(where);
    m_coinGlassKeyWhere->setText(where);
    const int theme = m_theme->findData(m_settings->get(Settings::theme));
    m_theme->setCurrentIndex(std::max(theme, 0));
    const int language = m_language->findData(m_settings->get(Settings::language));
    m_language->setCurrentIndex(std::max(language, 0));
}

QString SettingsDialog::validate() const
{
    static const QStringList web = {QStringLiteral("http"), QStringLiteral("https")};
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const QString url = m_apiBases[i]->text().trimmed();
        if (!url.isEmpty() && !isUrl(url, web))
            return tr("%1 API: '%2' is not an http(s) URL such as %3.")
                .arg(m_endpoints[i].label, url, m_endpoints[i].defaultUrl);
    }
    static const QStringList proxies = {QStringLiteral("http"),   QStringLiteral("https"),
                                        QStringLiteral("socks4"), QStringLiteral("socks4a"),
                                        QStringLiteral("socks5"), QStringLiteral("socks5h")};
    const QString proxy = m_proxy->text().trimmed();
    if (!proxy.isEmpty() && !isUrl(proxy, proxies))
        return tr("Proxy: '%1' is not a proxy URL such as http://host:3128 or socks5://host:1080.")
            .arg(proxy);
    if (m_coinGlassKey->text().trimmed().contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("CoinGlass API key: a key has no spaces; paste it again.");
    return {};
}

void SettingsDialog::save()
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const QString url = m_apiBases[i]->text().trimmed();
        // Only overrides are kept, so a changed default in a later version still applies.
        m_settings->setApiBase(m_endpoints[i].exchange, url == m_endpoints[i].defaultUrl ? QString() : url);
    }
    m_settings->set(Settings::proxyUrl, m_proxy->text().trimmed());
    m_settings->set(Settings::storeLocation, m_store->text().trimmed());
    m_settings->setCoinGlassKey(m_coinGlassKey->text().trimmed());
    m_settings->set(Settings::theme, m_theme->currentData().toString());
    m_settings->set(Settings::language, m_language->currentData().toString());
}

void SettingsDialog::accept()
{
    const QString problem = validate();
    showError(problem);
    if (!problem.isEmpty())
        return;
    save();
    QDialog::accept();
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace cascade
