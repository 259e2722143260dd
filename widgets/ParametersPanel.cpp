#include "ParametersPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cascade {

namespace {
constexpr int kDebounceMs = 300;
enum TierColumn { Leverage, Weight, Mmr, HalfLife, TierColumns };
} // namespace

ParametersPanel::ParametersPanel(QWidget *parent) : QWidget(parent)
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        // Only parameters the models accept are applied; the reason is shown otherwise.
        const AnalysisParams current = params();
        const Status valid = current.validate();
        m_problem->setText(valid ? QString() : valid.error());
        m_problem->setVisible(!valid);
        if (valid)
            emit paramsChanged(current);
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_problem = new QLabel(content);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #ff8a80; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(buildLevelsGroup());
    layout->addWidget(buildZonesGroup());
    auto *reset = new QPushButton(tr("Restore defaults"), content);
    connect(reset, &QPushButton::clicked, this, [this] {
        setParams(AnalysisParams{});
        scheduleChange();
    });
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setParams(AnalysisParams{});
}

QDoubleSpinBox *ParametersPanel::spin(double min, double max, double step, int decimals)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    connect(box, &QDoubleSpinBox::valueChanged, this, &ParametersPanel::scheduleChange);
    return box;
}

QWidget *ParametersPanel::buildLevelsGroup()
{
    auto *group = new QGroupBox(tr("Estimated liquidation levels"), this);
    auto *form = new QFormLayout(group);
    m_exposure = new QComboBox(group);
    m_exposure->addItem(tr("Open interest increase"), int(ExposureSource::OpenInterestDelta));
    m_exposure->addItem(tr("Share of traded volume"), int(ExposureSource::VolumeWeighted));
    m_split = new QComboBox(group);
    m_split->addItem(tr("Taker buy/sell"), int(SplitSource::TakerRatio));
    m_split->addItem(tr("Long/short accounts"), int(SplitSource::AccountRatio));
    m_split->addItem(tr("50/50"), int(SplitSource::Even));
    m_entry = new QComboBox(group);
    m_entry->addItem(tr("Close"), int(EntryPrice::Close));
    m_entry->addItem(tr("OHLC average"), int(EntryPrice::Ohlc4));
    m_entry->addItem(tr("Low for longs, high for shorts"), int(EntryPrice::LowHigh));
    m_calibrate = new QCheckBox(tr("Scale open levels to open interest (USD)"), group);
    for (QComboBox *box : {m_exposure, m_split, m_entry})
        connect(box, &QComboBox::currentIndexChanged, this, &ParametersPanel::scheduleChange);
    connect(m_calibrate, &QCheckBox::toggled, this, &ParametersPanel::scheduleChange);
    form->addRow(tr("New exposure"), m_exposure);
    form->addRow(tr("Long/short split"), m_split);
    form->addRow(tr("Entry price"), m_entry);
    form->addRow(m_calibrate);

    m_tiers = new QTableWidget(0, TierColumns, group);
    m_tiers->setHorizontalHeaderLabels({tr("Leverage"), tr("Weight"), tr("Maint. margin"), tr("Half-life (h)")});
    m_tiers->verticalHeader()->hide();
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->setMinimumHeight(m_tiers->verticalHeader()->defaultSectionSize() * 6 + 8);
    m_tiers->setToolTip(tr("Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). "
                           "Weights are each tier's share of new exposure; half-life 0 means no decay."));
    connect(m_tiers, &QTableWidget::cellChanged, this, &ParametersPanel::scheduleChange);
    form->addRow(m_tiers);
    m_bucketFraction = spin(0.0001, 0.05, 0.0005, 4);
    m_bucketFraction->setToolTip(tr("Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets)."));
    form->addRow(tr("Heatmap bucket"), m_bucketFraction);
    return group;
}

QWidget *ParametersPanel::buildZonesGroup()
{
    auto *group = new QGroupBox(tr("Zone evidence weights"), this);
    auto *form = new QFormLayout(group);
    m_putWallWeight = spin(0, 10, 0.1, 2);
    m_longLevelWeight = spin(0, 10, 0.1, 2);
    m_realizedWeight = spin(0, 10, 0.1, 2);
    m_rangeWeight = spin(0, 10, 0.1, 2);
    m_volumeWeight = spin(0, 10, 0.1, 2);
    form->addRow(tr("Put and call walls"), m_putWallWeight);
    form->addRow(tr("Estimated level clusters"), m_longLevelWeight);
    form->addRow(tr("Realized liquidations"), m_realizedWeight);
    form->addRow(tr("Range extremes"), m_rangeWeight);
    form->addRow(tr("Volume nodes"), m_volumeWeight);
    return group;
}

void ParametersPanel::setParams(const AnalysisParams &params)
{
    m_loading = true;
    m_base = params;
    m_exposure->setCurrentIndex(m_exposure->findData(int(params.levels.exposure)));
    m_split->setCurrentIndex(m_split->findData(int(params.levels.split)));
    m_entry->setCurrentIndex(m_entry->findData(int(params.levels.entry)));
    m_calibrate->setChecked(params.levels.calibrateToOpenInterest);
    m_tiers->setRowCount(int(params.levels.tiers.size()));
    for (int row = 0; row < int(params.levels.tiers.size()); ++row) {
        const LeverageTier &tier = params.levels.tiers[std::size_t(row)];
        const double values[] = {tier.leverage, tier.weight, tier.mmr, tier.halfLifeHours};
        for (int column = 0; column < TierColumns; ++column)
            m_tiers->setItem(row, column, new QTableWidgetItem(QString::number(values[column])));
    }
    m_bucketFraction->setValue(params.heatmap.rangeFraction);
    m_putWallWeight->setValue(params.zones.putWallWeight);
    m_longLevelWeight->setValue(params.zones.longLevelWeight);
    m_realizedWeight->setValue(params.zones.realizedWeight);
    m_rangeWeight->setValue(params.zones.rangeExtremeWeight);
    m_volumeWeight->setValue(params.zones.volumeNodeWeight);
    m_loading = false;
}

AnalysisParams ParametersPanel::params() const
{
    AnalysisParams p = m_base;
    p.levels.exposure = ExposureSource(m_exposure->currentData().toInt());
    p.levels.split = SplitSource(m_split->currentData().toInt());
    p.levels.entry = EntryPrice(m_entry->currentData().toInt());
    p.levels.calibrateToOpenInterest = m_calibrate->isChecked();
    p.levels.tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        auto number = [this, row](int column) {
            const QTableWidgetItem *item = m_tiers->item(row, column);
            return item ? item->text().toDouble() : 0.0;
        };
        p.levels.tiers.push_back({number(Leverage), number(Weight), number(Mmr), number(HalfLife)});
    }
    p.heatmap.rangeFraction = m_bucketFraction->value();
    p.zones.putWallWeight = m_putWallWeight->value();
    p.zones.longLevelWeight = m_longLevelWeight->value();
    p.zones.realizedWeight = m_realizedWeight->value();
    p.zones.rangeExtremeWeight = m_rangeWeight->value();
    p.zones.volumeNodeWeight = m_volumeWeight->value();
    return p;
}

QString ParametersPanel::problem() const
{
    return m_problem->text();
}

void ParametersPanel::scheduleChange()
{
    if (!m_loading)
        m_debounce->start();
}

} // namespace cascade
