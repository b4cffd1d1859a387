#pragma once

#include "core/store/overriderepository.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Tsuzuki {

class DatabaseThread;
class OverrideModel;
class TitleLookup;

/// The Overrides tab: `episode_override` rows (Trakt show, absolute episode → season, episode), an
/// editor that upserts on (Trakt id, absolute episode), and delete. The show may be given as its
/// Trakt id, its trakt.tv address or slug, or its TMDB address: with a TitleLookup it is looked up
/// ("→ Title (year)") before the override is saved.
class OverridesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverridesTab)

public:
    explicit OverridesTab(DatabaseThread *database, QWidget *parent = nullptr);

    OverrideModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// Looks the pasted show up (null: numeric Trakt ids only).
    void setTitleLookup(TitleLookup *lookup) { m_lookup = lookup; }
    /// Validates the editor fields (looking the show up first) and upserts; messages appear next
    /// to the fields.
    void saveFromEditor();
    /// "→ Title (year)" under the show field (empty before a lookup), for tests.
    QString lookupText() const;
    void deleteSelected(const std::function<bool(const QString &)> &confirm = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded(int rows);
    void saved(const Tsuzuki::EpisodeOverride &row);
    void removed();
    void failed(const QString &message);

private:
    void loadSelectedIntoEditor();
    void setEditorError(const QString &message);
    void save(qint64 traktId);

    DatabaseThread *m_database;
    OverrideModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_traktEdit = nullptr;
    QLabel *m_traktFound = nullptr;
    QPointer<TitleLookup> m_lookup;
    QSpinBox *m_absSpin = nullptr;
    QSpinBox *m_seasonSpin = nullptr;
    QSpinBox *m_episodeSpin = nullptr;
    QLabel *m_editorError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Tsuzuki
