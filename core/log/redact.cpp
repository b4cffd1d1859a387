#include "redact.h"

#include <QLatin1StringView>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QUrl>
#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

constexpr qsizetype MinimumSecretLength = 4;

QString placeholder()
{
    return QString::fromLatin1(RedactedPlaceholder);
}

struct SecretRegistry
{
    QReadWriteLock lock;
    QList<QString> values; // longest first, so that a secret containing another is removed whole
};

// Never destroyed: Qt still logs (through the installed handler) from static destructors, e.g.
// while it unloads plugins after main() returned. A pointer to it stays reachable, so it is no
// leak.
SecretRegistry &registry()
{
    static SecretRegistry *const instance = new SecretRegistry;
    return *instance;
}

QList<QString> variantsOf(const QString &value)
{
    QList<QString> variants { value };
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value)
        variants.append(encoded);
    return variants;
}

/// Rebuilds \a text with every match of \a re replaced by what \a replacement returns for it.
template<typename Replacement>
QString replaceMatches(const QString &text, const QRegularExpression &re, Replacement &&replacement)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out.append(QStringView(text).mid(last, match.capturedStart() - last));
        out.append(replacement(match));
        last = match.capturedEnd();
    }
    out.append(QStringView(text).mid(last));
    return out;
}

// QRegularExpression is reentrant, not thread-safe: one compiled set per concurrent caller.
struct Patterns
{
    Patterns()
    {
        for (QRegularExpression *re : { &uriPassword, &authorization, &bearer, &keyValue })
            re->optimize();
    }

    static constexpr auto Options = QRegularExpression::CaseInsensitiveOption;

    // scheme://user:PASSWORD@host — the password is the part between the first ':' and the '@'.
    QRegularExpression uriPassword {
        u"\\b([a-z][a-z0-9+.\\-]*://[^\\s/?#@:]*:)(?!\\[redacted\\])([^\\s/?#@]+)@"_s, Options
    };
    // Authorization: Bearer TOKEN / Authorization: Basic CREDS / "Authorization": "..." /
    // ("Authorization", "...") With a scheme the credential is one token; without one, everything
    // up to the end of the line or quote.
    QRegularExpression authorization {
        u"(?<![\\w-])((?:proxy-)?authorization)([\"']?\\s*+[:=,]\\s*+[\"']?+)"
        "(?:(bearer|basic|token|digest|negotiate)\\s++(?!\\[redacted\\])[^\\s\"',;]+"
        "|(?!\\[redacted\\])(?!(?:bearer|basic|token|digest|negotiate)\\s)[^\\s\"'][^\"'\\r\\n]*)"_s,
        Options
    };
    // "token_type=bearer expires_in=..." is not a bearer token: a token is not followed by
    // "=value".
    QRegularExpression bearer {
        u"\\b(bearer)\\s++(?!\\[redacted\\])[A-Za-z0-9\\-._~+/]++=*+(?!\\w)"_s, Options
    };
    // name=value, name: value, "name": "value", 'name': 'value', \"name\":\"value\" (JSON inside a
    // string). Names: anything ending in token/secret/password/passwd/api_key/apikey/device_code
    // (access_token, TRAKT_ACCESS_TOKEN, client_secret, TMDB_API_KEY, ...) and exactly "code"
    // (OAuth authorization code).
    QRegularExpression keyValue {
        u"(?<![\\w-])(\\\\?[\"']?)((?:[\\w-]*(?:token|secret|password|passwd|api[_-]?key|device_"
        u"code))|code)\\1"
        "(\\s*+[:=]\\s*+)"
        "(?:(\\\\\")(?:(?!\\\\\").)*+\\\\\"|(\")(?:[^\"\\\\]|\\\\.)*+\"|(')[^']*+'"
        "|(?!\\[redacted\\])[^\\s&#,;\"'}\\])<>]+)"_s,
        Options
    };
};

/// Compiled pattern sets, lent to one caller at a time. The pool is never destroyed, so redact()
/// works at any point of the process's life, including in thread-local and static destructors
/// that run after main() (a thread_local set was freed there while Qt still logged).
class PatternPool final
{
public:
    std::unique_ptr<Patterns> take()
    {
        QMutexLocker locker(&m_mutex);
        if (m_free.empty())
            return std::make_unique<Patterns>();
        std::unique_ptr<Patterns> patterns = std::move(m_free.back());
        m_free.pop_back();
        return patterns;
    }
    void giveBack(std::unique_ptr<Patterns> patterns)
    {
        QMutexLocker locker(&m_mutex);
        m_free.push_back(std::move(patterns));
    }

private:
    QMutex m_mutex;
    std::vector<std::unique_ptr<Patterns>> m_free; // at most one per thread that redacted at once
};

PatternPool &patternPool()
{
    static PatternPool *const instance = new PatternPool;
    return *instance;
}

/// One pattern set borrowed from the pool for the length of one redact() call.
class BorrowedPatterns final
{
    Q_DISABLE_COPY_MOVE(BorrowedPatterns)

public:
    BorrowedPatterns()
        : m_patterns(patternPool().take())
    { }
    ~BorrowedPatterns() { patternPool().giveBack(std::move(m_patterns)); }
    const Patterns &operator*() const { return *m_patterns; }

private:
    std::unique_ptr<Patterns> m_patterns;
};

/// The quote (", ' or \") around a keyValue match's value; empty when it was unquoted.
QString valueQuote(const QRegularExpressionMatch &m)
{
    for (int group : { 4, 5, 6 }) {
        if (m.capturedLength(group) > 0)
            return m.captured(group);
    }
    return {};
}

QString redactPatterns(const QString &input)
{
    const BorrowedPatterns borrowed;
    const Patterns &p = *borrowed;
    QString text
        = replaceMatches(input, p.uriPassword, [](const QRegularExpressionMatch &m) -> QString {
              return m.captured(1) % placeholder() % u'@';
          });
    text = replaceMatches(text, p.authorization, [](const QRegularExpressionMatch &m) -> QString {
        const QString scheme = m.captured(3);
        return m.captured(1) % m.captured(2) % (scheme.isEmpty() ? QString() : scheme % u' ')
            % placeholder();
    });
    text = replaceMatches(text, p.bearer, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) % u' ' % placeholder();
    });
    text = replaceMatches(text, p.keyValue, [](const QRegularExpressionMatch &m) -> QString {
        // Keep whatever quoting the value had, so that JSON stays JSON.
        const QString quote = valueQuote(m);
        return m.captured(1) % m.captured(2) % m.captured(1) % m.captured(3) % quote % placeholder()
            % quote;
    });
    return text;
}

Q_CONSTINIT QBasicMutex s_handlerMutex; // constant-initialised, never destroyed
QtMessageHandler s_previousHandler = nullptr;
bool s_handlerInstalled = false;

void redactingMessageHandler(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_previousHandler(type, context, redact(message));
}

} // namespace

QString redact(const QString &input)
{
    if (input.isEmpty())
        return input;
    QString text = input;
    {
        SecretRegistry &reg = registry();
        QReadLocker locker(&reg.lock);
        for (const QString &secret : std::as_const(reg.values)) {
            if (text.contains(secret))
                text.replace(secret, placeholder());
        }
    }
    return redactPatterns(text);
}

QByteArray redact(const QByteArray &text)
{
    if (text.isEmpty())
        return text;
    return redact(QString::fromUtf8(text)).toUtf8();
}

Error redact(Error error)
{
    error.userMessage = redact(error.userMessage);
    error.detail = redact(error.detail);
    return error;
}

void registerSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() < MinimumSecretLength)
        return;
    SecretRegistry &reg = registry();
    QWriteLocker locker(&reg.lock);
    for (const QString &variant : variantsOf(trimmed)) {
        if (!reg.values.contains(variant))
            reg.values.append(variant);
    }
    std::stable_sort(reg.values.begin(), reg.values.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void unregisterSecret(const QString &value)
{
    const QString trimmed = value.trimmed();
    SecretRegistry &reg = registry();
    QWriteLocker locker(&reg.lock);
    for (const QString &variant : variantsOf(trimmed))
        reg.values.removeAll(variant);
}

void clearRegisteredSecrets()
{
    SecretRegistry &reg = registry();
    QWriteLocker locker(&reg.lock);
    reg.values.clear();
}

void installRedactingMessageHandler()
{
    QMutexLocker locker(&s_handlerMutex);
    if (s_handlerInstalled)
        return;
    // Qt returns its default handler when none was installed, never null.
    s_previousHandler = qInstallMessageHandler(redactingMessageHandler);
    s_handlerInstalled = true;
}

void uninstallRedactingMessageHandler()
{
    QMutexLocker locker(&s_handlerMutex);
    if (!s_handlerInstalled)
        return;
    const QtMessageHandler current = qInstallMessageHandler(s_previousHandler);
    if (current != redactingMessageHandler) {
        // Someone installed a handler on top of ours and may forward to it: leave theirs in place
        // (ours keeps working, its patterns never go away).
        qInstallMessageHandler(current);
        return;
    }
    s_handlerInstalled = false;
}

RedactingMessageHandlerScope::RedactingMessageHandlerScope()
{
    installRedactingMessageHandler();
}

RedactingMessageHandlerScope::~RedactingMessageHandlerScope()
{
    uninstallRedactingMessageHandler();
}

} // namespace Tsuzuki
