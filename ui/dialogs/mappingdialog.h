#pragma once

#include "core/store/mappingrepository.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Tsuzuki {

/// Add or edit a manual mapping: AniList id and Trakt id required, TMDB / IMDb / TVDB optional.
/// Each field takes an id or a pasted address; a wrong value shows its message right under the
/// field.
class MappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDialog)

public:
    enum class Field { AniList, Trakt, Tmdb, Imdb, Tvdb };

    explicit MappingDialog(QWidget *parent = nullptr);

    /// Edit mode: the AniList id is fixed.
    void setMapping(const Mapping &mapping, const QString &title = {});
    /// Add mode with the AniList id filled in ("needs mapping" → fix).
    void setAniListId(qint64 anilistId, const QString &title = {});

    /// Parses and checks every field; on failure the messages are shown next to the fields.
    Result<Mapping> validate();
    /// The message under a field (empty when fine), for tests.
    QString fieldError(Field field) const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// OK with valid values: the caller saves it (as manual).
    void mappingAccepted(const Tsuzuki::Mapping &mapping);

private:
    QLineEdit *addField(
        Field field, const QString &objectName, const QString &label, const QString &placeholder);
    void setFieldError(Field field, const QString &message);

    QHash<Field, QLineEdit *> m_edits;
    QHash<Field, QLabel *> m_errors;
    QLabel *m_titleLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace Tsuzuki
