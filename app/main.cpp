#include "AppController.h"
#include "CommandRegistry.h"
#include "Settings.h"
#include "StoreLocation.h"
#include "Translations.h"
#include "sources/CurlGlobal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <memory>

using namespace cascade;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cascade"));
    QCoreApplication::setApplicationName(QStringLiteral("Cascade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASCADE_VERSION));
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    Translations::install(Settings().get(Settings::language));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cascade: market structure for crypto derivatives."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store file to open."),
                                   QStringLiteral("PATH"));
    parser.addOption(store);
    parser.process(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cascade/cascade.svg")));
    AppController controller(StoreLocation::resolve(parser.value(store)));
    controller.start();
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    cascade::CurlGlobal curl; // before any thread: the GUI's fetches run on worker threads
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const CommandRegistry registry;
    const QString first = arguments.value(1);
    if (first.isEmpty() || first.startsWith(u'-')) {
        if (first == QLatin1String("--version")) {
            std::printf("cascade %s\n", CASCADE_VERSION);
            return 0;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            std::fputs(qPrintable(registry.usage()), stdout);
            return 0;
        }
        return runGui(argc, argv);
    }

    Command *command = registry.find(first);
    if (!command) {
        std::fprintf(stderr, "cascade: unknown command '%s'; `cascade --help` lists the commands\n", qPrintable(first));
        return Command::BadArguments;
    }
    // Drawing commands run offscreen unless the caller chose a platform.
    if (command->needsGui() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = command->needsGui()
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("cascade ") + first);
    return command->run(commandArguments);
}
