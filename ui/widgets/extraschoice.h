#pragma once

#include "core/sync/syncplan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;

namespace Tsuzuki {

/// The four "beyond plays" switches of issue 16 (rewatches, ratings, watchlist, dropped; all off
/// by default), the rating rounding and one line stating the rating rule with a live example.
/// Settings' Sync page and the setup flow show the same widget; ExtrasRules reads and writes the
/// settings.
class ExtrasChoice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtrasChoice)

public:
    explicit ExtrasChoice(QWidget *parent = nullptr);

    SyncExtras extras() const;
    RatingRounding rounding() const;
    void setChoice(SyncExtras extras, RatingRounding rounding);
    /// Shows what is stored (ExtrasRules::configured / configuredRounding).
    void load(const QSettings &settings);
    /// Stores the choice (ExtrasRules::configure).
    void save(QSettings &settings) const;
    /// "score ÷ its maximum × 10, rounded to nearest: 7.5/10 → 8, 75/100 → 8, 2/3 → 7"
    static QString ruleText(RatingRounding rounding);

private:
    void updateRule();

    QCheckBox *m_rewatches = nullptr;
    QCheckBox *m_ratings = nullptr;
    QCheckBox *m_watchlist = nullptr;
    QCheckBox *m_dropped = nullptr;
    QComboBox *m_rounding = nullptr;
    QLabel *m_roundingLabel = nullptr;
    QLabel *m_rule = nullptr;
};

} // namespace Tsuzuki
