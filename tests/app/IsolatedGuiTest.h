#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

namespace cascade::test {

/// The main() of a GUI test that runs the real app: the user's settings and data land in
/// temporary folders before anything reads them, and the organisation and application names
/// are the app's, so Settings and the store's default location resolve as they do for a user.
template<typename Test> int runIsolatedGuiTest(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cascade"));
    QCoreApplication::setApplicationName(QStringLiteral("Cascade"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace cascade::test
