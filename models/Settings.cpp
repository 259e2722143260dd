#include "Settings.h"

namespace cascade {

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

} // namespace cascade
