#include "extraschoice.h"

#include "core/sync/extrasrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

ExtrasChoice::ExtrasChoice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"extrasChoice"_s);
    m_rewatches = new QCheckBox(tr("Re&watches as extra plays"), this);
    m_rewatches->setObjectName(u"extrasRewatchesCheck"_s);
    m_rewatches->setToolTip(
        tr("Episodes you rewatched (AniList's \"rewatched\" activities and repeat counts) are "
           "posted to your Trakt history as extra plays, each once. Not sent when Trakt's "
           "\"watch only once\" setting is on. Undoing the run removes them again."));
    m_ratings = new QCheckBox(tr("&Ratings (AniList score → Trakt rating)"), this);
    m_ratings->setObjectName(u"extrasRatingsCheck"_s);
    m_ratings->setToolTip(
        tr("Your AniList scores become Trakt ratings (1–10) of the show, season or movie; only "
           "changed ones are sent, and an unrated entry never removes a Trakt rating. Undoing "
           "the run puts the previous rating back."));
    m_watchlist = new QCheckBox(tr("Planning → Trakt wa&tchlist"), this);
    m_watchlist->setObjectName(u"extrasWatchlistCheck"_s);
    m_watchlist->setToolTip(
        tr("Anime you plan to watch on AniList go on your Trakt watchlist; once you start one, it "
           "comes off again if Tsuzuki put it there. Undoing the run takes them back."));
    m_dropped = new QCheckBox(tr("&Dropped → Trakt's dropped shows"), this);
    m_dropped->setObjectName(u"extrasDroppedCheck"_s);
    m_dropped->setToolTip(tr("Shows you dropped on AniList are added to Trakt's dropped shows "
                             "(paused ones stay untouched). Undoing the run takes them back."));

    m_rounding = new QComboBox(this);
    m_rounding->setObjectName(u"extrasRoundingCombo"_s);
    m_rounding->addItem(tr("Nearest"), int(RatingRounding::Nearest));
    m_rounding->addItem(tr("Down"), int(RatingRounding::Down));
    m_rounding->addItem(tr("Up"), int(RatingRounding::Up));
    m_rounding->setToolTip(tr("How a score between two Trakt ratings is rounded"));
    m_roundingLabel = new QLabel(tr("R&ounding:"), this);
    m_roundingLabel->setBuddy(m_rounding);
    m_rule = new QLabel(this);
    m_rule->setObjectName(u"extrasRuleLabel"_s);
    m_rule->setWordWrap(true);
    m_rule->setIndent(24);
    // The wrapped rule keeps its lines when the page is short of room.
    m_rule->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);

    auto *roundingRow = new QHBoxLayout;
    roundingRow->setContentsMargins(24, 0, 0, 0);
    roundingRow->addWidget(m_roundingLabel);
    roundingRow->addWidget(m_rounding);
    roundingRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rewatches);
    layout->addWidget(m_ratings);
    layout->addLayout(roundingRow);
    layout->addWidget(m_rule);
    layout->addWidget(m_watchlist);
    layout->addWidget(m_dropped);

    connect(m_ratings, &QCheckBox::toggled, this, &ExtrasChoice::updateRule);
    connect(m_rounding, &QComboBox::currentIndexChanged, this, &ExtrasChoice::updateRule);
    updateRule();
}

SyncExtras ExtrasChoice::extras() const
{
    SyncExtras extras;
    extras.setFlag(SyncExtra::Rewatches, m_rewatches->isChecked());
    extras.setFlag(SyncExtra::Ratings, m_ratings->isChecked());
    extras.setFlag(SyncExtra::Watchlist, m_watchlist->isChecked());
    extras.setFlag(SyncExtra::Dropped, m_dropped->isChecked());
    return extras;
}

RatingRounding ExtrasChoice::rounding() const
{
    return static_cast<RatingRounding>(m_rounding->currentData().toInt());
}

void ExtrasChoice::setChoice(SyncExtras extras, RatingRounding rounding)
{
    m_rewatches->setChecked(extras.testFlag(SyncExtra::Rewatches));
    m_ratings->setChecked(extras.testFlag(SyncExtra::Ratings));
    m_watchlist->setChecked(extras.testFlag(SyncExtra::Watchlist));
    m_dropped->setChecked(extras.testFlag(SyncExtra::Dropped));
    m_rounding->setCurrentIndex(qMax(0, m_rounding->findData(int(rounding))));
    updateRule();
}

void ExtrasChoice::load(const QSettings &settings)
{
    setChoice(ExtrasRules::configured(settings), ExtrasRules::configuredRounding(settings));
}

void ExtrasChoice::save(QSettings &settings) const
{
    ExtrasRules::configure(settings, extras(), rounding());
}

QString ExtrasChoice::ruleText(RatingRounding rounding)
{
    struct Example
    {
        double score;
        QString format;
    };
    const QList<Example> examples { { 7.5, u"POINT_10_DECIMAL"_s }, { 75, u"POINT_100"_s },
        { 2, u"POINT_3"_s } };
    QStringList shown;
    for (const Example &e : examples) {
        shown << tr("%1 → %2")
                     .arg(ExtrasRules::scoreText(e.score, e.format))
                     .arg(ExtrasRules::traktRating(e.score, e.format, rounding));
    }
    QString how;
    switch (rounding) {
    case RatingRounding::Nearest:
        how = tr("rounded to nearest");
        break;
    case RatingRounding::Down:
        how = tr("rounded down");
        break;
    case RatingRounding::Up:
        how = tr("rounded up");
        break;
    }
    return tr("Trakt rating = score ÷ its maximum × 10, %1, at least 1: %2. Unrated entries send "
              "nothing.")
        .arg(how, shown.join(u", "_s));
}

void ExtrasChoice::updateRule()
{
    const bool on = m_ratings->isChecked();
    m_rounding->setEnabled(on);
    m_roundingLabel->setEnabled(on);
    m_rule->setEnabled(on);
    m_rule->setText(ruleText(rounding()));
}

} // namespace Tsuzuki
