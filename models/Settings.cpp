#include "Settings.h"

namespace cascade {

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

namespace {
QString apiBasePath(const QString &exchange)
{
    return QStringLiteral("network/apiBase/") + exchange;
}
} // namespace

QString Settings::apiBase(const QString &exchange) const
{
    return m_settings->value(apiBasePath(exchange)).toString();
}

void Settings::setApiBase(const QString &exchange, const QString &url)
{
    if (apiBase(exchange) == url)
        return;
    if (url.isEmpty())
        m_settings->remove(apiBasePath(exchange));
    else
        m_settings->setValue(apiBasePath(exchange), url);
    emit changed(apiBasePath(exchange));
}

} // namespace cascade
