#include "FetchDialog.h"

#include "market/TimeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;

// Every interval some exchange offers for candles; the checker says which one a given exchange lacks.
const QStringList kIntervals = {QStringLiteral("1m"),  QStringLiteral("3m"),  QStringLiteral("5m"),
                                QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h"),
                                QStringLiteral("2h"),  QStringLiteral("4h"),  QStringLiteral("6h"),
                                QStringLiteral("12h"), QStringLiteral("1d")};

const std::vector<SeriesKind> kRatioKinds = {
    SeriesKind::LongShortAccountRatio, SeriesKind::TopTraderPositionRatio, SeriesKind::TopTraderAccountRatio,
    SeriesKind::TakerBuySellRatio};

bool serves(const std::vector<SeriesKind> &kinds, SeriesKind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

QDateTimeEdit *utcEditor(const QString &objectName, QWidget *parent)
{
    auto *editor = new QDateTimeEdit(parent);
    editor->setObjectName(objectName);
    editor->setTimeSpec(Qt::UTC);
    editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    editor->setCalendarPopup(true);
    return editor;
}

} // namespace

FetchDialog::FetchDialog(QList<Exchange> exchanges, QWidget *parent)
    : QDialog(parent)
    , m_exchanges(std::move(exchanges))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("fetchDialog"));
    setWindowTitle(tr("Fetch market data"));

    m_exchange = new QComboBox(this);
    m_exchange->setObjectName(QStringLiteral("exchange"));
    for (const Exchange &exchange : std::as_const(m_exchanges))
        m_exchange->addItem(exchange.label.isEmpty() ? exchange.name : exchange.label, exchange.name);
    m_symbol = new QLineEdit(this);
    m_symbol->setObjectName(QStringLiteral("symbol"));
    m_symbol->setPlaceholderText(QStringLiteral("BTCUSDT"));
    m_symbol->setToolTip(
        tr("Exchange-neutral (BTCUSDT) or the exchange's own name (BTC-USDT-SWAP, BTC-PERPETUAL)."));
    m_interval = new QComboBox(this);
    m_interval->setObjectName(QStringLiteral("interval"));
    m_interval->addItems(kIntervals);
    m_interval->setToolTip(
        tr("Candle length. Open interest and ratios use the nearest period the exchange offers."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Exchange:"), m_exchange);
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(tr("Range (UTC):"), buildRangeRow());
    form->addRow(tr("&Interval:"), m_interval);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #ff6b6b; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FetchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FetchDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(buildKindsBox());
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_exchange, &QComboBox::currentIndexChanged, this, &FetchDialog::onExchangeChanged);
    onExchangeChanged();
    applyPreset(Preset::Day);
    setMinimumWidth(520);
}

QWidget *FetchDialog::buildRangeRow()
{
    auto *row = new QWidget(this);
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    m_from = utcEditor(QStringLiteral("from"), row);
    m_to = utcEditor(QStringLiteral("to"), row);
    grid->addWidget(m_from, 0, 0);
    grid->addWidget(new QLabel(tr("to"), row), 0, 1);
    grid->addWidget(m_to, 0, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Last"), row));
    const auto addPreset = [&](const QString &name, const QString &text, Preset preset) {
        auto *button = new QPushButton(text, row);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
        presets->addWidget(button);
    };
    addPreset(QStringLiteral("preset24h"), tr("24 h"), Preset::Day);
    addPreset(QStringLiteral("preset7d"), tr("7 d"), Preset::Week);
    addPreset(QStringLiteral("preset30d"), tr("30 d"), Preset::Month);
    presets->addStretch(1);
    grid->addLayout(presets, 1, 0, 1, 3);
    return row;
}

QWidget *FetchDialog::buildKindsBox()
{
    auto *box = new QGroupBox(tr("Data"), this);
    auto *grid = new QGridLayout(box);
    const auto add = [&](const QString &name, const QString &text, int row, int column) {
        auto *check = new QCheckBox(text, box);
        check->setObjectName(name);
        grid->addWidget(check, row, column);
        connect(check, &QCheckBox::toggled, this, &FetchDialog::onExchangeChanged);
        return check;
    };
    m_candles = add(QStringLiteral("candles"), tr("&Candles"), 0, 0);
    m_openInterest = add(QStringLiteral("openInterest"), tr("&Open interest"), 0, 1);
    m_ratios = add(QStringLiteral("ratios"), tr("Long/short &ratios"), 1, 0);
    m_liquidations = add(QStringLiteral("liquidations"), tr("&Liquidations"), 1, 1);
    m_options = add(QStringLiteral("options"), tr("O&ptions (snapshot now)"), 2, 0);
    m_candles->setChecked(true);
    m_ratios->setToolTip(
        tr("Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered."));
    m_options->setToolTip(
        tr("No free API serves options history: each fetch stores the chain as it is now."));
    return box;
}

void FetchDialog::setClock(Clock clock)
{
    m_clock = std::move(clock);
    applyPreset(Preset::Day);
}

void FetchDialog::setSeries(const QString &exchange, const QString &symbol)
{
    const int index = m_exchange->findData(exchange);
    if (index >= 0)
        m_exchange->setCurrentIndex(index);
    m_symbol->setText(symbol);
}

void FetchDialog::applyPreset(Preset preset)
{
    // The last minute is not closed yet, and the editors show minutes: end at the minute's start.
    const qint64 to = now() - now() % kMinute;
    const qint64 span = preset == Preset::Day ? kDay : preset == Preset::Week ? 7 * kDay : 30 * kDay;
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(to - span, Qt::UTC));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
}

const FetchDialog::Exchange *FetchDialog::currentExchange() const
{
    const int index = m_exchange->currentIndex();
    return index >= 0 && index < m_exchanges.size() ? &m_exchanges[index] : nullptr;
}

void FetchDialog::onExchangeChanged()
{
    const Exchange *exchange = currentExchange();
    const std::vector<SeriesKind> kinds = exchange ? exchange->kinds : std::vector<SeriesKind>{};
    const QString name = exchange ? exchange->label : QString();
    const auto offer = [&](QCheckBox *check, bool served, const QString &why) {
        check->setEnabled(served);
        check->setStatusTip(served ? QString() : why.arg(name));
    };
    offer(m_candles, serves(kinds, SeriesKind::Candles), tr("%1 serves no candles"));
    offer(m_openInterest, serves(kinds, SeriesKind::OpenInterest), tr("%1 serves no open interest history"));
    offer(m_ratios,
          std::any_of(kRatioKinds.begin(), kRatioKinds.end(), [&](SeriesKind k) { return serves(kinds, k); }),
          tr("%1 serves no long/short ratios"));
    offer(m_liquidations, serves(kinds, SeriesKind::Liquidations),
          tr("%1 serves no liquidation history without a key; `cascade record` captures them live"));
    offer(m_options, serves(kinds, SeriesKind::Options), tr("%1 serves no options open interest"));

    QStringList notes;
    if (exchange && !exchange->unavailable.isEmpty())
        notes << exchange->unavailable;
    if (!m_liquidations->isEnabled())
        notes << tr("%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.")
                     .arg(name);
    if (m_options->isEnabled() && m_options->isChecked())
        notes << tr("Options are a chain snapshot taken now; the range does not apply to them.");
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

std::vector<SeriesKind> FetchDialog::checkedKinds() const
{
    const Exchange *exchange = currentExchange();
    if (!exchange)
        return {};
    std::vector<SeriesKind> kinds;
    const auto take = [&](QCheckBox *check, SeriesKind kind) {
        if (check->isEnabled() && check->isChecked() && serves(exchange->kinds, kind))
            kinds.push_back(kind);
    };
    // Candles first: the fetch prices open interest and liquidation totals from stored candles.
    take(m_candles, SeriesKind::Candles);
    take(m_openInterest, SeriesKind::OpenInterest);
    for (const SeriesKind kind : kRatioKinds)
        take(m_ratios, kind);
    take(m_liquidations, SeriesKind::Liquidations);
    take(m_options, SeriesKind::Options);
    return kinds;
}

qint64 FetchDialog::now() const
{
    return m_clock();
}

Result<FetchRequest> FetchDialog::request() const
{
    using R = Result<FetchRequest>;
    const Exchange *exchange = currentExchange();
    if (!exchange)
        return R::failure(tr("No exchange to fetch from."));
    if (!exchange->unavailable.isEmpty())
        return R::failure(exchange->unavailable);
    const QString symbol = m_symbol->text().trimmed().toUpper();
    if (symbol.isEmpty())
        return R::failure(tr("Enter a symbol, e.g. BTCUSDT."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Z0-9][A-Z0-9._:/-]*$"));
    if (!allowed.match(symbol).hasMatch())
        return R::failure(tr("Symbol '%1': exchanges use letters, digits and - _ . / : only.").arg(symbol));
    FetchRequest request;
    request.exchange = exchange->name;
    request.symbol = symbol;
    request.kinds = checkedKinds();
    if (request.kinds.empty())
        return R::failure(tr("Tick at least one kind of data that %1 serves.").arg(exchange->label));
    request.interval = Interval::parse(m_interval->currentText()).value_or(Interval::minutes(1));
    const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 to = std::min(m_to->dateTime().toMSecsSinceEpoch(), now());
    request.range = {from, to};
    const bool snapshotsOnly = request.kinds == std::vector<SeriesKind>{SeriesKind::Options};
    if (!snapshotsOnly && from >= now())
        return R::failure(tr("From %1 UTC is in the future (now is %2 UTC).")
                              .arg(TimeFormat::shortUtc(from), TimeFormat::shortUtc(now())));
    if (!snapshotsOnly && from >= to)
        return R::failure(tr("From %1 UTC must be before To %2 UTC.")
                              .arg(TimeFormat::shortUtc(from), TimeFormat::shortUtc(to)));
    if (m_checker) {
        if (const QString problem = m_checker(request); !problem.isEmpty())
            return R::failure(problem);
    }
    return request;
}

QString FetchDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FetchDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FetchDialog::accept()
{
    const auto valid = request();
    if (!valid) {
        showError(valid.error());
        return;
    }
    showError({});
    emit requested(valid.value());
    QDialog::accept();
}

} // namespace cascade
