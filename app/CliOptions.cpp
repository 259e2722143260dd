#include "CliOptions.h"

#include <QRegularExpression>

#include "Command.h"
#include "market/TimeFormat.h"

#include <cstdio>
#include <limits>

namespace cascade {

CliOptions::CliOptions(QCommandLineParser &parser, int which)
    : m_parser(parser)
    , m_which(which)
    , m_store(QStringLiteral("store"),
              QStringLiteral("Store file (default: $CASCADE_STORE or the app-data store)."),
              QStringLiteral("PATH"))
    , m_exchange(QStringLiteral("exchange"),
                 QStringLiteral("Exchange of the series (simulated, binance, ...)."), QStringLiteral("E"))
    , m_symbol(QStringLiteral("symbol"), QStringLiteral("Symbol of the series, e.g. BTCUSDT."),
               QStringLiteral("S"))
    , m_from(QStringLiteral("from"), QStringLiteral("Start time: ISO 8601 (UTC) or epoch milliseconds."),
             QStringLiteral("T"))
    , m_to(QStringLiteral("to"),
           QStringLiteral("End time (exclusive): ISO 8601 (UTC) or epoch milliseconds."), QStringLiteral("T"))
    , m_intervalOption(QStringLiteral("interval"), QStringLiteral("Bar interval: 1m, 5m, 15m, 1h, 4h, 1d."),
                       QStringLiteral("I"))
{
    parser.addHelpOption();
    if (which & Store)
        parser.addOption(m_store);
    if (which & Series) {
        parser.addOption(m_exchange);
        parser.addOption(m_symbol);
    }
    if (which & Range) {
        parser.addOption(m_from);
        parser.addOption(m_to);
    }
    if (which & IntervalOption)
        parser.addOption(m_intervalOption);
}

std::optional<int> CliOptions::parse(const QStringList &arguments)
{
    m_command = arguments.value(0);
    if (!m_parser.parse(arguments))
        return badArgument(m_command, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return int(Command::Success);
    }
    if (!(m_which & Positional) && !m_parser.positionalArguments().isEmpty())
        return badArgument(
            m_command,
            QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
    m_range = {std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2};
    if ((m_which & Range) && m_parser.isSet(m_from)) {
        const auto from = TimeFormat::parse(m_parser.value(m_from));
        if (!from)
            return badArgument(m_command, QStringLiteral("--from: %1").arg(from.error()));
        m_range.from = from.value();
        m_hasFrom = true;
    }
    if ((m_which & Range) && m_parser.isSet(m_to)) {
        const auto to = TimeFormat::parse(m_parser.value(m_to));
        if (!to) {
            return badArgument(m_command, QStringLiteral("--to: %1").arg(to.error()));
        }
        m_range.to = to.value();
        m_hasTo = true;
    }
    if (m_hasFrom && m_hasTo && m_range.to <= m_range.from) {
        return badArgument(m_command, QStringLiteral("--to must be after --from"));
    }
    if ((m_which & IntervalOption) && m_parser.isSet(m_intervalOption)) {
        m_interval = Interval::parse(m_parser.value(m_intervalOption));
        if (!m_interval) {
            return badArgument(
                m_command,
                QStringLiteral("--interval: '%1' is not an interval such as 1m, 5m, 15m, 1h, 4h, 1d")
                    .arg(m_parser.value(m_intervalOption)));
        }
    }
    return std::nullopt;
}

QString CliOptions::store() const
{
    return (m_which & Store) ? m_parser.value(m_store) : QString();
}

QString CliOptions::exchange() const
{
    return (m_which & Series) ? m_parser.value(m_exchange) : QString();
}

QString CliOptions::symbol() const
{
    return (m_which & Series) ? m_parser.value(m_symbol) : QString();
}

std::optional<QSize> CliOptions::imageSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 16384 || size.height() > 16384)
        return std::nullopt;
    return size;
}

int CliOptions::badArgument(const QString &command, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(command), qPrintable(message));
    return Command::BadArguments;
}

int CliOptions::failure(const QString &command, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(command), qPrintable(message));
    return Command::Failure;
}

} // namespace cascade
