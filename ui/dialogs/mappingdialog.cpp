#include "mappingdialog.h"

#include "core/common/idparser.h"

#include <QDialogButtonBox>
#include <QEvent>
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
        u"21  or  https://anilist.co/anime/21  or  https://myanimelist.net/anime/21"_s);
    addField(Field::Trakt, u"traktIdEdit"_s, tr("&Trakt (required):"),
        u"https://trakt.tv/shows/one-piece  or  37696"_s);
    addField(Field::Tmdb, u"tmdbIdEdit"_s, tr("T&MDB:"),
        u"37854  or  https://www.themoviedb.org/tv/37854"_s);
    addField(Field::Imdb, u"imdbIdEdit"_s, tr("&IMDb:"), u"tt0388629"_s);
    addField(Field::Tvdb, u"tvdbIdEdit"_s, tr("T&VDB:"), u"81797"_s);

    auto *hint = new QLabel(
        tr("Paste an id or the page address from the site (for Trakt also a TMDB address). A "
           "manual mapping wins over imported mapping data."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(u"mappingHint"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"mappingButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MappingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MappingDialog::reject);

    // Typing pauses a moment before anyone is asked.
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(700);
    connect(&m_lookupDelay, &QTimer::timeout, this, [this] {
        lookUp(Field::AniList);
        lookUp(Field::Trakt);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(600, sizeHint().height());
}

bool MappingDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A lookup's "→ Title (year)" or an error line appeared: the dialog grows instead of
    // squeezing its fields. (Wrapped lines need more height than the layout's minimum says, so
    // the layout alone does not grow the window.)
    if (event->type() == QEvent::LayoutRequest && layout()) {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

MappingDialog::~MappingDialog()
{
    // ~QDialog hides the dialog, and the focused field's editingFinished would start a lookup in a
    // dialog whose members are already gone (the app quitting with the dialog open).
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->disconnect(this);
}

void MappingDialog::setTitleLookup(TitleLookup *lookup)
{
    m_lookup = lookup;
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
    if (field == Field::AniList || field == Field::Trakt) {
        auto *found = new QLabel(this);
        found->setObjectName(objectName + u"Found"_s);
        found->setWordWrap(true);
        found->setTextInteractionFlags(Qt::TextSelectableByMouse);
        found->hide();
        box->addWidget(found);
        m_found.insert(field, found);
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { lookUp(field); });
    }
    box->addWidget(error);
    // The label names its field (and its shortcut works): a label without a buddy would show
    // the '&' itself.
    auto *name = new QLabel(label, this);
    name->setBuddy(edit);
    m_form->addRow(name, box);
    m_edits.insert(field, edit);
    m_errors.insert(field, error);
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        setFieldError(field, {});
        if (QLabel *found = m_found.value(field))
            found->hide();
        if (m_lookup && m_found.contains(field))
            m_lookupDelay.start();
    });
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

QString MappingDialog::lookupText(Field field) const
{
    QLabel *label = m_found.value(field);
    return label && label->isVisibleTo(const_cast<MappingDialog *>(this)) ? label->text()
                                                                          : QString();
}

void MappingDialog::lookUp(Field field)
{
    if (!m_lookup || !m_found.contains(field))
        return;
    const QString text = m_edits.value(field)->text().trimmed();
    if (text.isEmpty() || (m_matchedText.value(field) == text && m_matches.contains(field)))
        return;
    ++m_pending;
    m_found.value(field)->setText(
        field == Field::Trakt ? tr("Asking Trakt…") : tr("Asking AniList…"));
    m_found.value(field)->show();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const auto done = [this, field, text](const Result<TitleMatch> &match) {
        --m_pending;
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_pending == 0);
        if (m_edits.value(field)->text().trimmed() != text)
            return; // changed meanwhile: that text is looked up next
        QLabel *found = m_found.value(field);
        if (!match) {
            found->hide();
            m_matches.remove(field);
            // Trakt or AniList could not be asked: an id (typed, or in a pasted address) is still
            // taken as it is; a slug or another site's address needs the answer.
            const bool refused = match.error().code == ErrorCode::NotFound
                || match.error().code == ErrorCode::InvalidInput;
            const bool numeric = field == Field::Trakt
                ? TitleLookup::parseTrakt(text).type == TitleLookup::TraktQuery::Type::TraktId
                : TitleLookup::parseAniList(text).type == TitleLookup::AniListQuery::Type::AniList;
            if (refused) {
                setFieldError(field, match.error().userMessage);
                m_acceptWhenDone = false;
            } else if (!numeric) {
                setFieldError(field,
                    field == Field::Trakt ? tr("Could not ask Trakt about \"%1\": %2")
                                                .arg(text, match.error().userMessage)
                                          : tr("Could not ask AniList about \"%1\": %2")
                                                .arg(text, match.error().userMessage));
                m_acceptWhenDone = false;
            } else {
                setFieldError(field, {});
                found->setText(tr("Could not check it (%1); it is saved as entered.")
                                   .arg(match.error().userMessage));
                found->show();
            }
            Q_EMIT lookedUp(field, false);
        } else {
            m_matches.insert(field, match.value());
            m_matchedText.insert(field, text);
            setFieldError(field, {});
            //: what a pasted id or address was found to be: "→ Attack on Titan (2013)"
            found->setText(tr("→ %1").arg(match->display()));
            found->setToolTip(field == Field::Trakt
                    ? tr("Trakt %1 %2").arg(match->movie ? tr("movie") : tr("show")).arg(match->id)
                    : tr("AniList %1").arg(match->id));
            found->show();
            Q_EMIT lookedUp(field, true);
        }
        if (m_pending == 0 && m_acceptWhenDone) {
            m_acceptWhenDone = false;
            finishAccept();
        }
    };
    if (field == Field::Trakt)
        m_lookup->trakt(text, TitleLookup::Kind::Any, this, done);
    else
        m_lookup->aniList(text, this, done);
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

    // The required two: a lookup's answer when there was one, else the id as typed.
    const QString anilistText = m_edits[Field::AniList]->text().trimmed();
    if (m_matches.contains(Field::AniList) && m_matchedText.value(Field::AniList) == anilistText) {
        mapping.anilistId = m_matches.value(Field::AniList).id;
    } else {
        const auto anilist = TitleLookup::parseAniList(anilistText);
        if (anilist.type == TitleLookup::AniListQuery::Type::AniList)
            mapping.anilistId = anilist.id;
        else if (anilist.type == TitleLookup::AniListQuery::Type::Mal)
            fail(Field::AniList,
                tr("This MyAnimeList address has to be looked up on AniList first."));
        else
            fail(Field::AniList, anilist.error);
    }
    const QString traktText = m_edits[Field::Trakt]->text().trimmed();
    const bool traktMatched
        = m_matches.contains(Field::Trakt) && m_matchedText.value(Field::Trakt) == traktText;
    if (traktMatched) {
        mapping.traktId = m_matches.value(Field::Trakt).id;
    } else {
        const auto trakt = TitleLookup::parseTrakt(traktText);
        if (trakt.type == TitleLookup::TraktQuery::Type::TraktId)
            mapping.traktId = trakt.id;
        else if (trakt.type == TitleLookup::TraktQuery::Type::Invalid)
            fail(Field::Trakt, trakt.error);
        else if (trakt.type == TitleLookup::TraktQuery::Type::TraktSlug)
            fail(Field::Trakt,
                tr("\"%1\" is the show's name on Trakt, not its id. Use the Trakt id (on the show "
                   "page under \"Links\", or trakt.tv/shows/<id>).")
                    .arg(trakt.slug));
        else
            fail(Field::Trakt, tr("A TMDB address has to be looked up on Trakt first."));
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
    // The ids Trakt gave for the title fill the optional fields left empty.
    if (traktMatched) {
        const TitleMatch &match = m_matches.value(Field::Trakt);
        if (!mapping.tmdbId && match.tmdbId)
            mapping.tmdbId = match.tmdbId;
        if (!mapping.tvdbId && match.tvdbId && !match.movie)
            mapping.tvdbId = match.tvdbId;
        if (mapping.imdbId.isEmpty())
            mapping.imdbId = match.imdbId;
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
    // The lookups stay valid for the ids now in the fields.
    for (Field field : { Field::AniList, Field::Trakt }) {
        if (m_matches.contains(field))
            m_matchedText.insert(field, m_edits.value(field)->text().trimmed());
    }
    return mapping;
}

bool MappingDialog::precheck()
{
    // What can be told without asking anyone is said at once, next to its field.
    bool ok = true;
    const auto fail = [&](Field field, const QString &message) {
        setFieldError(field, message);
        if (ok)
            m_edits.value(field)->setFocus();
        ok = false;
    };
    const auto anilist = TitleLookup::parseAniList(m_edits[Field::AniList]->text());
    if (anilist.type == TitleLookup::AniListQuery::Type::Invalid)
        fail(Field::AniList, anilist.error);
    const auto trakt = TitleLookup::parseTrakt(m_edits[Field::Trakt]->text());
    if (trakt.type == TitleLookup::TraktQuery::Type::Invalid)
        fail(Field::Trakt, trakt.error);
    for (const auto &[field, parse] : { std::pair { Field::Tmdb, &IdParser::parseTmdb },
             std::pair { Field::Tvdb, &IdParser::parseTvdb } }) {
        const QString text = m_edits.value(field)->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto parsed = parse(text);
        if (parsed.kind == IdParser::ParsedId::Kind::Invalid)
            fail(field, parsed.error);
        else if (parsed.kind == IdParser::ParsedId::Kind::Slug)
            fail(field, tr("This address names the series but has no numeric id."));
    }
    const QString imdb = m_edits[Field::Imdb]->text().trimmed();
    if (!imdb.isEmpty()) {
        QString error;
        if (IdParser::parseImdb(imdb, &error).isEmpty())
            fail(Field::Imdb, error);
    }
    return ok;
}

void MappingDialog::accept()
{
    if (m_lookup) {
        if (!precheck())
            return;
        // What was pasted is looked up before anything is saved.
        m_lookupDelay.stop();
        m_acceptWhenDone = true;
        lookUp(Field::AniList);
        lookUp(Field::Trakt);
        if (m_pending > 0)
            return;
        m_acceptWhenDone = false;
        for (Field field : { Field::AniList, Field::Trakt }) {
            if (!fieldError(field).isEmpty())
                return;
        }
    }
    finishAccept();
}

void MappingDialog::finishAccept()
{
    const auto mapping = validate();
    if (!mapping.ok())
        return;
    Q_EMIT mappingAccepted(mapping.value());
    QDialog::accept();
}

} // namespace Tsuzuki
