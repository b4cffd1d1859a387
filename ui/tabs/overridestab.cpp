#include "overridestab.h"

#include "core/app/appactions.h"
#include "core/app/titlelookup.h"
#include "core/common/idparser.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "ui/models/modelroles.h"
#include "ui/models/overridemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

OverridesTab::OverridesTab(DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"overridesTab"_s);
    m_model = new OverrideModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRole::Sort);
    m_proxy->setFilterKeyColumn(OverrideModel::TraktId);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"overridesFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by Trakt id"));
    m_filter->setClearButtonEnabled(true);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(u"overridesView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OverrideModel::TraktId, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OverridesTab::loadSelectedIntoEditor);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"overridesCountLabel"_s);

    // Editor: saving upserts on (Trakt id, absolute episode), as the web version's runbook does.
    auto *editor = new QGroupBox(tr("Override"), this);
    editor->setObjectName(u"overrideEditor"_s);
    m_traktEdit = new QLineEdit(editor);
    m_traktEdit->setObjectName(u"overrideTraktEdit"_s);
    m_traktEdit->setPlaceholderText(u"https://trakt.tv/shows/one-piece  or  37696"_s);
    m_traktFound = new QLabel(editor);
    m_traktFound->setObjectName(u"overrideTraktFound"_s);
    m_traktFound->setWordWrap(true);
    m_traktFound->hide();
    connect(m_traktEdit, &QLineEdit::textEdited, m_traktFound, &QWidget::hide);
    m_absSpin = new QSpinBox(editor);
    m_absSpin->setObjectName(u"overrideAbsSpin"_s);
    m_absSpin->setRange(0, 100000);
    m_absSpin->setSpecialValueText(tr("—"));
    m_seasonSpin = new QSpinBox(editor);
    m_seasonSpin->setObjectName(u"overrideSeasonSpin"_s);
    m_seasonSpin->setRange(-1, 1000);
    m_seasonSpin->setSpecialValueText(tr("—"));
    m_seasonSpin->setValue(-1);
    m_episodeSpin = new QSpinBox(editor);
    m_episodeSpin->setObjectName(u"overrideEpisodeSpin"_s);
    m_episodeSpin->setRange(0, 100000);
    m_episodeSpin->setSpecialValueText(tr("—"));
    m_editorError = new QLabel(editor);
    m_editorError->setObjectName(u"overrideError"_s);
    m_editorError->setStyleSheet(u"color: #c0392b;"_s);
    m_editorError->setWordWrap(true);
    m_editorError->hide();
    m_saveButton = new QPushButton(tr("Save overr&ide"), editor);
    m_saveButton->setObjectName(u"saveOverrideButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &OverridesTab::saveFromEditor);
    m_deleteButton = new QPushButton(tr("D&elete"), editor);
    m_deleteButton->setObjectName(u"deleteOverrideButton"_s);
    m_deleteButton->setEnabled(false);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Trakt show:"), m_traktEdit);
    form->addRow(QString(), m_traktFound);
    form->addRow(tr("&Absolute episode:"), m_absSpin);
    form->addRow(tr("S&eason:"), m_seasonSpin);
    form->addRow(tr("E&pisode:"), m_episodeSpin);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_editorError);
    editorLayout->addLayout(buttons);
    auto *help = new QLabel(
        tr("An override places one absolute episode of a Trakt show in a season and episode, "
           "ahead of every other rule. Season 0 is specials."),
        editor);
    help->setWordWrap(true);
    editorLayout->addWidget(help);
    editorLayout->addStretch(1);
    editor->setMaximumWidth(380);

    auto *left = new QVBoxLayout;
    left->addWidget(m_filter);
    left->addWidget(m_view, 1);
    left->addWidget(m_countLabel);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(editor);
}

void OverridesTab::reload()
{
    m_database->call<Result<QList<EpisodeOverride>>>(
        this, [](Database &db) { return OverrideRepository(db).list(); },
        [this](const Result<QList<EpisodeOverride>> &result) {
            if (!result.ok()) {
                setEditorError(result.error().userMessage);
                Q_EMIT failed(result.error().userMessage);
                return;
            }
            m_model->setOverrides(result.value());
            m_countLabel->setText(tr("%n override(s)", nullptr, int(result->size())));
            Q_EMIT reloaded(int(result->size()));
        });
}

void OverridesTab::loadSelectedIntoEditor()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    m_deleteButton->setEnabled(!rows.isEmpty());
    if (rows.isEmpty())
        return;
    const EpisodeOverride row = m_model->overrideAt(m_proxy->mapToSource(rows.first()).row());
    m_traktEdit->setText(QString::number(row.traktId));
    m_traktFound->hide();
    m_absSpin->setValue(row.abs);
    m_seasonSpin->setValue(row.season);
    m_episodeSpin->setValue(row.episode);
    setEditorError({});
}

void OverridesTab::setEditorError(const QString &message)
{
    m_editorError->setText(message);
    m_editorError->setVisible(!message.isEmpty());
}

QString OverridesTab::lookupText() const
{
    return m_traktFound->isVisibleTo(const_cast<OverridesTab *>(this)) ? m_traktFound->text()
                                                                       : QString();
}

void OverridesTab::saveFromEditor()
{
    if (m_absSpin->value() < 1) {
        setEditorError(tr("Enter the absolute episode (1 or more)."));
        m_absSpin->setFocus();
        return;
    }
    if (m_seasonSpin->value() < 0) {
        setEditorError(tr("Enter the season (0 for specials)."));
        m_seasonSpin->setFocus();
        return;
    }
    if (m_episodeSpin->value() < 1) {
        setEditorError(tr("Enter the episode number within the season (1 or more)."));
        m_episodeSpin->setFocus();
        return;
    }
    const auto query = TitleLookup::parseTrakt(m_traktEdit->text(), TitleLookup::Kind::Show);
    if (query.type == TitleLookup::TraktQuery::Type::Invalid) {
        setEditorError(query.error);
        m_traktEdit->setFocus();
        return;
    }
    if (!m_lookup) {
        if (query.type != TitleLookup::TraktQuery::Type::TraktId) {
            setEditorError(tr("Use the show's numeric Trakt id here."));
            m_traktEdit->setFocus();
            return;
        }
        save(query.id);
        return;
    }
    // The show is looked up first: an id Trakt does not know is refused, with the reason.
    setEditorError({});
    m_saveButton->setEnabled(false);
    m_traktFound->setText(tr("Asking Trakt…"));
    m_traktFound->show();
    const QString text = m_traktEdit->text();
    m_lookup->trakt(
        text, TitleLookup::Kind::Show, this, [this, text](const Result<TitleMatch> &match) {
            m_saveButton->setEnabled(true);
            if (!match) {
                m_traktFound->hide();
                const bool refused = match.error().code == ErrorCode::NotFound
                    || match.error().code == ErrorCode::InvalidInput;
                const auto asTyped = TitleLookup::parseTrakt(text, TitleLookup::Kind::Show);
                if (refused) {
                    setEditorError(match.error().userMessage);
                    m_traktEdit->setFocus();
                    return;
                }
                if (asTyped.type != TitleLookup::TraktQuery::Type::TraktId) {
                    setEditorError(tr("Could not ask Trakt about \"%1\": %2")
                                       .arg(text.trimmed(), match.error().userMessage));
                    m_traktEdit->setFocus();
                    return;
                }
                // Trakt could not be asked: a plain id is saved as entered.
                save(asTyped.id);
                return;
            }
            m_traktFound->setText(tr("→ %1").arg(match->display()));
            m_traktEdit->setText(QString::number(match->id));
            save(match->id);
        });
}

void OverridesTab::save(qint64 traktId)
{
    EpisodeOverride row;
    row.traktId = traktId;
    row.abs = m_absSpin->value();
    row.season = m_seasonSpin->value();
    row.episode = m_episodeSpin->value();
    const auto valid = OverrideRepository::validate(row);
    if (!valid.ok()) {
        setEditorError(valid.error().userMessage);
        return;
    }
    setEditorError({});
    m_database->call<Result<void>>(
        this, [row](Database &db) { return AppActions(db).setOverride(row); },
        [this, row](const Result<void> &result) {
            if (!result.ok()) {
                setEditorError(result.error().userMessage);
                Q_EMIT failed(result.error().userMessage);
                return;
            }
            Q_EMIT saved(row);
            reload();
        });
}

void OverridesTab::deleteSelected(const std::function<bool(const QString &)> &confirm)
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const EpisodeOverride row = m_model->overrideAt(m_proxy->mapToSource(rows.first()).row());
    const QString question = tr("Delete the override for episode %1 of Trakt show %2 (S%3E%4)?")
                                 .arg(row.abs)
                                 .arg(row.traktId)
                                 .arg(row.season)
                                 .arg(row.episode);
    const auto proceed = [this, row] {
        m_database->call<Result<void>>(
            this,
            [row](Database &db) { return AppActions(db).removeOverride(row.traktId, row.abs); },
            [this](const Result<void> &result) {
                if (!result.ok()) {
                    setEditorError(result.error().userMessage);
                    return;
                }
                Q_EMIT removed();
                reload();
            });
    };
    if (confirm) {
        if (confirm(question))
            proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete override"), question,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteOverrideConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [proceed](int result) {
        if (result == QMessageBox::Yes)
            proceed();
    });
    box->open();
}

} // namespace Tsuzuki
