#include "mappingdialog.h"

#include "core/common/idparser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

MappingDialog::MappingDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"mappingDialog"_s);
    setWindowTitle(tr("Add mapping"));

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"mappingTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->hide();

    m_form = new QFormLayout;
    addField(Field::AniList, u"anilistIdEdit"_s, tr("&AniList (required):"),
        u"21  or  https://anilist.co/anime/21"_s);
    addField(Field::Trakt, u"traktIdEdit"_s, tr("&Trakt (required):"),
        u"37696  or  https://trakt.tv/shows/37696"_s);
    addField(Field::Tmdb, u"tmdbIdEdit"_s, tr("T&MDB:"),
        u"37854  or  https://www.themoviedb.org/tv/37854"_s);
    addField(Field::Imdb, u"imdbIdEdit"_s, tr("&IMDb:"), u"tt0388629"_s);
    addField(Field::Tvdb, u"tvdbIdEdit"_s, tr("T&VDB:"), u"81797"_s);

    auto *hint
        = new QLabel(tr("Paste an id or the page address from the site. A manual mapping wins over "
                        "imported mapping data."),
            this);
    hint->setWordWrap(true);
    hint->setObjectName(u"mappingHint"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"mappingButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MappingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MappingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

QLineEdit *MappingDialog::addField(
    Field field, const QString &objectName, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *error = new QLabel(this);
    error->setObjectName(objectName + u"Error"_s);
    error->setStyleSheet(u"color: #c0392b;"_s);
    error->setWordWrap(true);
    error->hide();
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(edit);
    box->addWidget(error);
    m_form->addRow(label, box);
    m_edits.insert(field, edit);
    m_errors.insert(field, error);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { setFieldError(field, {}); });
    return edit;
}

void MappingDialog::setMapping(const Mapping &mapping, const QString &title)
{
    setWindowTitle(tr("Edit mapping"));
    m_edits[Field::AniList]->setText(QString::number(mapping.anilistId));
    m_edits[Field::AniList]->setReadOnly(true);
    m_edits[Field::Trakt]->setText(mapping.traktId ? QString::number(*mapping.traktId) : QString());
    m_edits[Field::Tmdb]->setText(mapping.tmdbId ? QString::number(*mapping.tmdbId) : QString());
    m_edits[Field::Imdb]->setText(mapping.imdbId);
    m_edits[Field::Tvdb]->setText(mapping.tvdbId ? QString::number(*mapping.tvdbId) : QString());
    if (!title.isEmpty()) {
        m_titleLabel->setText(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
        m_titleLabel->show();
    }
    m_edits[Field::Trakt]->setFocus();
}

void MappingDialog::setAniListId(qint64 anilistId, const QString &title)
{
    m_edits[Field::AniList]->setText(QString::number(anilistId));
    if (!title.isEmpty()) {
        m_titleLabel->setText(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
        m_titleLabel->show();
    }
    m_edits[Field::Trakt]->setFocus();
}

void MappingDialog::setFieldError(Field field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
    m_edits.value(field)->setStyleSheet(
        message.isEmpty() ? QString() : u"border: 1px solid #c0392b;"_s);
}

QString MappingDialog::fieldError(Field field) const
{
    QLabel *label = m_errors.value(field);
    return label->isVisibleTo(const_cast<MappingDialog *>(this)) ? label->text() : QString();
}

Result<Mapping> MappingDialog::validate()
{
    Mapping mapping;
    mapping.isManual = true;
    bool ok = true;
    QLineEdit *firstBad = nullptr;
    const auto fail = [&](Field field, const QString &message) {
        setFieldError(field, message);
        ok = false;
        if (!firstBad)
            firstBad = m_edits.value(field);
    };

    const auto anilist = IdParser::parseAniList(m_edits[Field::AniList]->text());
    if (anilist.kind == IdParser::ParsedId::Kind::Numeric) {
        mapping.anilistId = anilist.id;
        setFieldError(Field::AniList, {});
    } else {
        fail(Field::AniList, anilist.error);
    }

    const auto trakt = IdParser::parseTrakt(m_edits[Field::Trakt]->text());
    if (trakt.kind == IdParser::ParsedId::Kind::Numeric) {
        mapping.traktId = trakt.id;
        setFieldError(Field::Trakt, {});
    } else if (trakt.kind == IdParser::ParsedId::Kind::Slug) {
        fail(Field::Trakt,
            tr("\"%1\" is the show's name on Trakt, not its id. Use the Trakt id (on the show "
               "page under \"Links\", or trakt.tv/shows/<id>).")
                .arg(trakt.slug));
    } else {
        fail(Field::Trakt, trakt.error);
    }

    const auto optionalId = [&](Field field, IdParser::ParsedId (*parse)(const QString &),
                                std::optional<qint64> &out) {
        const QString text = m_edits[field]->text().trimmed();
        if (text.isEmpty()) {
            setFieldError(field, {});
            return;
        }
        const auto parsed = parse(text);
        if (parsed.kind == IdParser::ParsedId::Kind::Numeric) {
            out = parsed.id;
            setFieldError(field, {});
        } else if (parsed.kind == IdParser::ParsedId::Kind::Slug) {
            fail(field, tr("This address names the series but has no numeric id."));
        } else {
            fail(field, parsed.error);
        }
    };
    optionalId(Field::Tmdb, &IdParser::parseTmdb, mapping.tmdbId);
    optionalId(Field::Tvdb, &IdParser::parseTvdb, mapping.tvdbId);

    const QString imdbText = m_edits[Field::Imdb]->text().trimmed();
    if (!imdbText.isEmpty()) {
        QString error;
        mapping.imdbId = IdParser::parseImdb(imdbText, &error);
        if (mapping.imdbId.isEmpty())
            fail(Field::Imdb, error);
        else
            setFieldError(Field::Imdb, {});
    } else {
        setFieldError(Field::Imdb, {});
    }

    if (!ok) {
        if (firstBad)
            firstBad->setFocus();
        return makeError(ErrorCode::InvalidInput, tr("Some fields need attention."));
    }
    // Show the parsed ids, so a pasted address visibly became an id.
    m_edits[Field::AniList]->setText(QString::number(mapping.anilistId));
    m_edits[Field::Trakt]->setText(QString::number(*mapping.traktId));
    if (mapping.tmdbId)
        m_edits[Field::Tmdb]->setText(QString::number(*mapping.tmdbId));
    if (mapping.tvdbId)
        m_edits[Field::Tvdb]->setText(QString::number(*mapping.tvdbId));
    if (!mapping.imdbId.isEmpty())
        m_edits[Field::Imdb]->setText(mapping.imdbId);
    return mapping;
}

void MappingDialog::accept()
{
    const auto mapping = validate();
    if (!mapping.ok())
        return;
    Q_EMIT mappingAccepted(mapping.value());
    QDialog::accept();
}

} // namespace Tsuzuki
