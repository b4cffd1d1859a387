#include "mappingexplaindialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

MappingExplainDialog::MappingExplainDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"mappingExplainDialog"_s);
    setWindowTitle(tr("Mapping details"));
    m_header = new QLabel(tr("Loading…"), this);
    m_header->setObjectName(u"explainHeader"_s);
    m_answers = new QTableWidget(0, 6, this);
    m_answers->setObjectName(u"explainAnswers"_s);
    m_answers->setHorizontalHeaderLabels(
        { tr("Source"), tr("Kind"), tr("Trakt"), tr("TMDB"), tr("Place"), tr("Note") });
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setSelectionMode(QAbstractItemView::NoSelection);
    m_answers->verticalHeader()->hide();
    m_answers->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_result = new QLabel(this);
    m_result->setObjectName(u"explainResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_disagreements = new QLabel(this);
    m_disagreements->setObjectName(u"explainDisagreements"_s);
    m_disagreements->setWordWrap(true);
    m_disagreements->setStyleSheet(u"color: #c0392b;"_s);
    m_disagreements->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_disagreements);
    layout->addWidget(buttons);
    resize(720, 360);
}

void MappingExplainDialog::setExplanation(const MappingExplanation &e)
{
    //: %1 = AniList id, %2 = episode number, %3 = show or movie
    m_header->setText(tr("AniList %1, episode %2: %3")
                          .arg(e.anilistId)
                          .arg(e.episode)
                          .arg(e.resolved.isMovie() ? tr("movie") : tr("show")));
    auto id = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : u"–"_s; };
    m_answers->setRowCount(int(e.answers.size()));
    for (int row = 0; row < e.answers.size(); ++row) {
        const SourceAnswer &a = e.answers.at(row);
        QString note = a.note;
        if (a.used)
            note = tr("decided") + (note.isEmpty() ? QString() : u"; "_s + note);
        else if (a.disagrees)
            note = tr("disagrees") + (note.isEmpty() ? QString() : u"; "_s + note);
        const QString place = a.place.isEmpty()
            ? u"–"_s
            : (a.numbering.isEmpty() ? a.place : u"%1 (%2)"_s.arg(a.place, a.numbering));
        const QStringList cells { a.name,
            a.kind.isEmpty() ? u"–"_s : (a.kind == u"movie"_s ? tr("movie") : tr("show")),
            id(a.traktId), id(a.tmdbId), place, note };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (a.used) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            } else if (a.disagrees) {
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            }
            m_answers->setItem(row, c, item);
        }
    }
    m_answers->resizeColumnsToContents();
    m_result->setText(e.why);
    m_disagreements->setText(e.disagreements.join(u'\n'));
    m_disagreements->setVisible(!e.disagreements.isEmpty());
}

void MappingExplainDialog::setError(const QString &message)
{
    m_header->setText(message);
}

} // namespace Tsuzuki
