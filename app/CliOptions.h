#pragma once

#include "market/Interval.h"
#include "market/TimeRange.h"

#include <QSize>

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace cascade {

// The options several commands share (--store, --exchange, --symbol, --from, --to, --interval)
// and the one way a command reports a bad argument: one line naming it, exit status 2.
class CliOptions
{
public:
    enum Option { Store = 1, Series = 2, Range = 4, IntervalOption = 8, Positional = 16 };

    CliOptions(QCommandLineParser &parser, int which);

    // Parses arguments. Returns the exit status when the command must stop now (after --help,
    // or after printing the one-line message for a bad argument), nothing when it may go on.
    std::optional<int> parse(const QStringList &arguments);

    QString store() const;
    QString exchange() const;
    QString symbol() const;
    // The requested range; unset ends are open (0 / max).
    TimeRange range() const { return m_range; }
    bool hasRange() const { return m_hasFrom || m_hasTo; }
    std::optional<Interval> interval() const { return m_interval; }

    // Prints "cascade <command>: <message>" to stderr and returns the bad-argument exit status.
    static int badArgument(const QString &command, const QString &message);
    // "1920x1080" as an image size between 200x150 and 16384x16384 (--size of render, replay, report).
    static std::optional<QSize> imageSize(const QString &text);
    static int failure(const QString &command, const QString &message);

private:
    QCommandLineParser &m_parser;
    QString m_command;
    int m_which = 0;
    QCommandLineOption m_store;
    QCommandLineOption m_exchange;
    QCommandLineOption m_symbol;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_intervalOption;
    TimeRange m_range;
    bool m_hasFrom = false;
    bool m_hasTo = false;
    std::optional<Interval> m_interval;
};

} // namespace cascade
