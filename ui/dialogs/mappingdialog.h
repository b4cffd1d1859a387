#pragma once

#include "core/app/titlelookup.h"
#include "core/store/mappingrepository.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Tsuzuki {

/// Add or edit a manual mapping: AniList and Trakt required, TMDB / IMDb / TVDB optional. Each
/// field takes an id or a pasted address (AniList or MyAnimeList for the entry; Trakt, a Trakt
/// slug or TMDB for the target); with a TitleLookup the AniList and Trakt fields are looked up
/// and show "→ Title (year)" before saving, and a title the service does not know is refused with
/// that reason. A wrong value shows its message right under the field.
class MappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDialog)

public:
    enum class Field { AniList, Trakt, Tmdb, Imdb, Tvdb };

    explicit MappingDialog(QWidget *parent = nullptr);
    ~MappingDialog() override;

    /// Looks pasted ids and addresses up (null: ids only, nothing asked).
    void setTitleLookup(TitleLookup *lookup);
    /// Edit mode: the AniList id is fixed.
    void setMapping(const Mapping &mapping, const QString &title = {});
    /// Add mode with the AniList id filled in ("needs mapping" → fix).
    void setAniListId(qint64 anilistId, const QString &title = {});

    /// Parses and checks every field offline; on failure the messages are shown next to the
    /// fields. Slugs and addresses that need a lookup are an error here without a TitleLookup.
    Result<Mapping> validate();
    /// The message under a field (empty when fine), for tests.
    QString fieldError(Field field) const;
    /// "→ Title (year)" under the AniList or Trakt field (empty before a lookup), for tests.
    QString lookupText(Field field) const;
    bool isLookingUp() const { return m_pending > 0; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// OK with valid values: the caller saves it (as manual).
    void mappingAccepted(const Tsuzuki::Mapping &mapping);
    /// A lookup ended (for tests and the Save button).
    void lookedUp(Tsuzuki::MappingDialog::Field field, bool ok);

protected:
    bool event(QEvent *event) override;

private:
    QLineEdit *addField(
        Field field, const QString &objectName, const QString &label, const QString &placeholder);
    void setFieldError(Field field, const QString &message);
    void lookUp(Field field);
    /// The checks that need no answer from a service; false (with the messages) on a problem.
    bool precheck();
    void finishAccept();

    QHash<Field, QLineEdit *> m_edits;
    QHash<Field, QLabel *> m_errors;
    QHash<Field, QLabel *> m_found;
    QHash<Field, TitleMatch> m_matches; ///< the last successful lookup per field
    QHash<Field, QString> m_matchedText; ///< the text that lookup was for
    QPointer<TitleLookup> m_lookup;
    QTimer m_lookupDelay;
    int m_pending = 0;
    bool m_acceptWhenDone = false;
    QLabel *m_titleLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace Tsuzuki
