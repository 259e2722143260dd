#pragma once

#include "analysis/AnalysisParams.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QDoubleSpinBox;
class QTableWidget;
class QTimer;

namespace cascade {

// Edits the analysis models' parameters (leverage tiers, exposure and split sources, entry price,
// calibration, heatmap bucket, zone weights). Changes are announced once typing pauses, so the
// recomputation off the GUI thread runs once per edit, not once per keystroke.
class ParametersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ParametersPanel(QWidget *parent = nullptr);

    void setParams(const AnalysisParams &params);
    // The parameters as shown (defaults where a field was left as it was).
    AnalysisParams params() const;
    QTableWidget *tiersTable() const { return m_tiers; }
    // Why the shown parameters are not applied ("levels.tiers[2].weight ..."), empty when they are.
    QString problem() const;

signals:
    void paramsChanged(const cascade::AnalysisParams &params);

private:
    QWidget *buildLevelsGroup();
    QWidget *buildZonesGroup();
    QDoubleSpinBox *spin(double min, double max, double step, int decimals);
    void scheduleChange();

    QTableWidget *m_tiers = nullptr;
    QComboBox *m_exposure = nullptr;
    QComboBox *m_split = nullptr;
    QComboBox *m_entry = nullptr;
    QCheckBox *m_calibrate = nullptr;
    QDoubleSpinBox *m_bucketFraction = nullptr;
    QDoubleSpinBox *m_putWallWeight = nullptr;
    QDoubleSpinBox *m_longLevelWeight = nullptr;
    QDoubleSpinBox *m_realizedWeight = nullptr;
    QDoubleSpinBox *m_rangeWeight = nullptr;
    QDoubleSpinBox *m_volumeWeight = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_problem = nullptr;
    AnalysisParams m_base; // fields the panel does not show are kept from here
    bool m_loading = false;
};

} // namespace cascade
