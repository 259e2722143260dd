#include "analysis/AnalysisParams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <utility>

namespace cascade {

namespace {

template<typename E> using Names = std::vector<std::pair<QString, E>>;

const Names<BucketMode> &bucketModes()
{
    static const Names<BucketMode> names{{QStringLiteral("fixed"), BucketMode::Fixed},
                                         {QStringLiteral("fractionOfRange"), BucketMode::FractionOfRange}};
    return names;
}
const Names<ExposureSource> &exposureSources()
{
    static const Names<ExposureSource> names{
        {QStringLiteral("openInterestDelta"), ExposureSource::OpenInterestDelta},
        {QStringLiteral("volumeWeighted"), ExposureSource::VolumeWeighted}};
    return names;
}
const Names<SplitSource> &splitSources()
{
    static const Names<SplitSource> names{{QStringLiteral("takerRatio"), SplitSource::TakerRatio},
                                          {QStringLiteral("accountRatio"), SplitSource::AccountRatio},
                                          {QStringLiteral("even"), SplitSource::Even}};
    return names;
}
const Names<EntryPrice> &entryPrices()
{
    static const Names<EntryPrice> names{{QStringLiteral("close"), EntryPrice::Close},
                                         {QStringLiteral("ohlc4"), EntryPrice::Ohlc4},
                                         {QStringLiteral("lowHigh"), EntryPrice::LowHigh}};
    return names;
}

template<typename E> QString nameOf(const Names<E> &names, E value)
{
    for (const auto &[name, v] : names)
        if (v == value)
            return name;
    return {};
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

// Reads one JSON object into fields, remembering the first problem with its full key path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString key(const QString &name) const { return m_path.isEmpty() ? name : m_path + u'.' + name; }

    void number(const QString &name, double &out)
    {
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            return fail(QStringLiteral("%1: expected a number, got %2").arg(key(name), typeName(v)));
        out = v.toDouble();
    }
    void integer(const QString &name, int &out)
    {
        double d = out;
        number(name, d);
        if (d != std::floor(d) || std::abs(d) > 1e9)
            return fail(QStringLiteral("%1: expected a whole number, got %2").arg(key(name)).arg(d));
        out = int(d);
    }
    void boolean(const QString &name, bool &out)
    {
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(QStringLiteral("%1: expected true or false, got %2").arg(key(name), typeName(v)));
        out = v.toBool();
    }
    template<typename E> void choice(const QString &name, const Names<E> &names, E &out)
    {
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return;
        QStringList allowed;
        for (const auto &[text, value] : names) {
            if (v.toString() == text) {
                out = value;
                return;
            }
            allowed << u'"' + text + u'"';
        }
        fail(QStringLiteral("%1: expected one of %2, got %3")
                 .arg(key(name), allowed.join(QStringLiteral(", ")),
                      v.isString() ? u'"' + v.toString() + u'"' : typeName(v)));
    }
    // The value under `name` when it is an object (or absent: empty object).
    QJsonObject object(const QString &name)
    {
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (!v.isUndefined() && !v.isObject())
            fail(QStringLiteral("%1: expected an object, got %2").arg(key(name), typeName(v)));
        return v.toObject();
    }
    std::optional<QJsonArray> array(const QString &name)
    {
        m_known.insert(name);
        const QJsonValue v = m_object.value(name);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            fail(QStringLiteral("%1: expected an array, got %2").arg(key(name), typeName(v)));
            return std::nullopt;
        }
        return v.toArray();
    }
    // Unknown keys are errors: a misspelt key would otherwise silently keep its default.
    void rejectUnknownKeys()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_known.contains(it.key()))
                return fail(QStringLiteral("%1: unknown key").arg(key(it.key())));
    }
    void fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_known;
};

QString positiveProblem(const QString &key, double v)
{
    if (!std::isfinite(v) || v <= 0)
        return QStringLiteral("%1 must be a positive number, got %2").arg(key).arg(v);
    return {};
}

QString nonNegativeProblem(const QString &key, double v)
{
    if (!std::isfinite(v) || v < 0)
        return QStringLiteral("%1 must be zero or positive, got %2").arg(key).arg(v);
    return {};
}

} // namespace

std::vector<LeverageTier> AnalysisParams::defaultTiers()
{
    // Weights: the leverage mix the brief gives. mmr 0.5% is Binance's first bracket for BTCUSDT
    // (0.4% - 0.5%); higher leverage positions are shorter-lived, hence the shorter half-lives.
    return {{5, 0.10, 0.005, 168},
            {10, 0.20, 0.005, 96},
            {25, 0.30, 0.005, 48},
            {50, 0.25, 0.005, 24},
            {100, 0.15, 0.005, 12}};
}

Status AnalysisParams::validate() const
{
    QStringList problems;
    auto add = [&problems](const QString &p) {
        if (!p.isEmpty())
            problems << p;
    };
    if (heatmap.bucketMode == BucketMode::Fixed)
        add(positiveProblem(QStringLiteral("heatmap.bucketWidth"), heatmap.bucketWidth));
    else if (!(heatmap.rangeFraction > 0 && heatmap.rangeFraction <= 1))
        add(QStringLiteral("heatmap.rangeFraction must be in (0, 1], got %1").arg(heatmap.rangeFraction));
    add(nonNegativeProblem(QStringLiteral("levels.volumeFraction"), levels.volumeFraction));
    if (!(levels.resolution > 0 && levels.resolution <= 0.01))
        add(QStringLiteral("levels.resolution must be in (0, 0.01], got %1").arg(levels.resolution));
    if (levels.tiers.empty())
        add(QStringLiteral("levels.tiers must hold at least one tier"));
    double weightSum = 0;
    for (std::size_t i = 0; i < levels.tiers.size(); ++i) {
        const LeverageTier &t = levels.tiers[i];
        const QString at = QStringLiteral("levels.tiers[%1]").arg(i);
        if (!(t.leverage > 1 && t.leverage <= 1000))
            add(QStringLiteral("%1.leverage must be in (1, 1000], got %2").arg(at).arg(t.leverage));
        add(nonNegativeProblem(at + QStringLiteral(".weight"), t.weight));
        // mmr >= 1/L would put the long liquidation price at or above entry.
        if (!(t.mmr >= 0 && t.mmr < 1.0 / t.leverage))
            add(QStringLiteral("%1.mmr must be in [0, 1/leverage), got %2").arg(at).arg(t.mmr));
        add(nonNegativeProblem(at + QStringLiteral(".halfLifeHours"), t.halfLifeHours));
        weightSum += t.weight;
    }
    if (!levels.tiers.empty() && !(weightSum > 0))
        add(QStringLiteral("levels.tiers: the weights must not all be zero"));
    const std::pair<const char *, double> zoneWeights[] = {
        {"putWallWeight", zones.putWallWeight},       {"longLevelWeight", zones.longLevelWeight},
        {"realizedWeight", zones.realizedWeight},     {"rangeExtremeWeight", zones.rangeExtremeWeight},
        {"volumeNodeWeight", zones.volumeNodeWeight},
    };
    for (const auto &[name, w] : zoneWeights)
        add(nonNegativeProblem(QStringLiteral("zones.") + QLatin1String(name), w));
    if (!(zones.zoneWidthFraction > 0 && zones.zoneWidthFraction < 0.5))
        add(QStringLiteral("zones.zoneWidthFraction must be in (0, 0.5), got %1")
                .arg(zones.zoneWidthFraction));
    add(positiveProblem(QStringLiteral("zones.lookbackHours"), zones.lookbackHours));
    if (zones.clustersPerSource < 1)
        add(QStringLiteral("zones.clustersPerSource must be at least 1, got %1")
                .arg(zones.clustersPerSource));
    if (zones.maxZones < 1)
        add(QStringLiteral("zones.maxZones must be at least 1, got %1").arg(zones.maxZones));
    if (scoring.topN < 1)
        add(QStringLiteral("scoring.topN must be at least 1, got %1").arg(scoring.topN));
    add(positiveProblem(QStringLiteral("scoring.windowHours"), scoring.windowHours));
    add(nonNegativeProblem(QStringLiteral("scoring.minRealizedUsd"), scoring.minRealizedUsd));
    if (problems.isEmpty())
        return {};
    return Status::failure(problems.join(QStringLiteral("; ")));
}

QJsonObject AnalysisParams::toJson() const
{
    QJsonArray tiers;
    for (const LeverageTier &t : levels.tiers)
        tiers.append(QJsonObject{{QStringLiteral("leverage"), t.leverage},
                                 {QStringLiteral("weight"), t.weight},
                                 {QStringLiteral("mmr"), t.mmr},
                                 {QStringLiteral("halfLifeHours"), t.halfLifeHours}});
    return QJsonObject{
        {QStringLiteral("heatmap"),
         QJsonObject{{QStringLiteral("bucketMode"), nameOf(bucketModes(), heatmap.bucketMode)},
                     {QStringLiteral("bucketWidth"), heatmap.bucketWidth},
                     {QStringLiteral("rangeFraction"), heatmap.rangeFraction}}},
        {QStringLiteral("levels"),
         QJsonObject{{QStringLiteral("exposure"), nameOf(exposureSources(), levels.exposure)},
                     {QStringLiteral("split"), nameOf(splitSources(), levels.split)},
                     {QStringLiteral("entry"), nameOf(entryPrices(), levels.entry)},
                     {QStringLiteral("volumeFraction"), levels.volumeFraction},
                     {QStringLiteral("tiers"), tiers},
                     {QStringLiteral("calibrateToOpenInterest"), levels.calibrateToOpenInterest},
                     {QStringLiteral("resolution"), levels.resolution}}},
        {QStringLiteral("zones"),
         QJsonObject{{QStringLiteral("putWallWeight"), zones.putWallWeight},
                     {QStringLiteral("longLevelWeight"), zones.longLevelWeight},
                     {QStringLiteral("realizedWeight"), zones.realizedWeight},
                     {QStringLiteral("rangeExtremeWeight"), zones.rangeExtremeWeight},
                     {QStringLiteral("volumeNodeWeight"), zones.volumeNodeWeight},
                     {QStringLiteral("zoneWidthFraction"), zones.zoneWidthFraction},
                     {QStringLiteral("lookbackHours"), zones.lookbackHours},
                     {QStringLiteral("clustersPerSource"), zones.clustersPerSource},
                     {QStringLiteral("maxZones"), zones.maxZones}}},
        {QStringLiteral("scoring"), QJsonObject{{QStringLiteral("topN"), scoring.topN},
                                                {QStringLiteral("windowHours"), scoring.windowHours},
                                                {QStringLiteral("minRealizedUsd"), scoring.minRealizedUsd}}},
    };
}

QByteArray AnalysisParams::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<AnalysisParams> AnalysisParams::fromJson(const QJsonObject &json)
{
    AnalysisParams p;
    QString error;
    ObjectReader root(json, QString(), &error);

    ObjectReader h(root.object(QStringLiteral("heatmap")), QStringLiteral("heatmap"), &error);
    h.choice(QStringLiteral("bucketMode"), bucketModes(), p.heatmap.bucketMode);
    h.number(QStringLiteral("bucketWidth"), p.heatmap.bucketWidth);
    h.number(QStringLiteral("rangeFraction"), p.heatmap.rangeFraction);
    h.rejectUnknownKeys();

    ObjectReader l(root.object(QStringLiteral("levels")), QStringLiteral("levels"), &error);
    l.choice(QStringLiteral("exposure"), exposureSources(), p.levels.exposure);
    l.choice(QStringLiteral("split"), splitSources(), p.levels.split);
    l.choice(QStringLiteral("entry"), entryPrices(), p.levels.entry);
    l.number(QStringLiteral("volumeFraction"), p.levels.volumeFraction);
    l.boolean(QStringLiteral("calibrateToOpenInterest"), p.levels.calibrateToOpenInterest);
    l.number(QStringLiteral("resolution"), p.levels.resolution);
    if (const auto tiers = l.array(QStringLiteral("tiers"))) {
        p.levels.tiers.clear();
        for (qsizetype i = 0; i < tiers->size(); ++i) {
            const QString at = QStringLiteral("levels.tiers[%1]").arg(i);
            if (!tiers->at(i).isObject()) {
                l.fail(QStringLiteral("%1: expected an object, got %2").arg(at, typeName(tiers->at(i))));
                break;
            }
            LeverageTier tier;
            ObjectReader t(tiers->at(i).toObject(), at, &error);
            for (const char *required : {"leverage", "weight", "mmr", "halfLifeHours"})
                if (!tiers->at(i).toObject().contains(QLatin1String(required)))
                    t.fail(QStringLiteral("%1: missing key").arg(t.key(QLatin1String(required))));
            t.number(QStringLiteral("leverage"), tier.leverage);
            t.number(QStringLiteral("weight"), tier.weight);
            t.number(QStringLiteral("mmr"), tier.mmr);
            t.number(QStringLiteral("halfLifeHours"), tier.halfLifeHours);
            t.rejectUnknownKeys();
            p.levels.tiers.push_back(tier);
        }
    }
    l.rejectUnknownKeys();

    ObjectReader z(root.object(QStringLiteral("zones")), QStringLiteral("zones"), &error);
    z.number(QStringLiteral("putWallWeight"), p.zones.putWallWeight);
    z.number(QStringLiteral("longLevelWeight"), p.zones.longLevelWeight);
    z.number(QStringLiteral("realizedWeight"), p.zones.realizedWeight);
    z.number(QStringLiteral("rangeExtremeWeight"), p.zones.rangeExtremeWeight);
    z.number(QStringLiteral("volumeNodeWeight"), p.zones.volumeNodeWeight);
    z.number(QStringLiteral("zoneWidthFraction"), p.zones.zoneWidthFraction);
    z.number(QStringLiteral("lookbackHours"), p.zones.lookbackHours);
    z.integer(QStringLiteral("clustersPerSource"), p.zones.clustersPerSource);
    z.integer(QStringLiteral("maxZones"), p.zones.maxZones);
    z.rejectUnknownKeys();

    ObjectReader s(root.object(QStringLiteral("scoring")), QStringLiteral("scoring"), &error);
    s.integer(QStringLiteral("topN"), p.scoring.topN);
    s.number(QStringLiteral("windowHours"), p.scoring.windowHours);
    s.number(QStringLiteral("minRealizedUsd"), p.scoring.minRealizedUsd);
    s.rejectUnknownKeys();
    root.rejectUnknownKeys();

    if (!error.isEmpty())
        return Result<AnalysisParams>::failure(QStringLiteral("analysis parameters: ") + error);
    if (const Status valid = p.validate(); !valid)
        return Result<AnalysisParams>::failure(QStringLiteral("analysis parameters: ") + valid.error());
    return p;
}

Result<AnalysisParams> AnalysisParams::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<AnalysisParams>::failure(
            QStringLiteral("analysis parameters: invalid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!doc.isObject())
        return Result<AnalysisParams>::failure(
            QStringLiteral("analysis parameters: expected a JSON object at the top level"));
    return fromJson(doc.object());
}

} // namespace cascade
