#include "databasepage.h"

#include "core/auth/secretstore.h"
#include "core/log/redact.h"
#include "core/store/connectiontester.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c0392b;"_s);
    label->hide();
    return label;
}

/// "~/x.sqlite" → the home folder's; a relative path → absolute (against the current folder).
QString expandPath(const QString &text)
{
    QString path = text.trimmed();
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

} // namespace

DatabasePage::DatabasePage(SecretStore *secrets, const DatabaseSpec &current, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_current(current)
{
    setObjectName(u"databasePage"_s);

    m_sqliteRadio = new QRadioButton(tr("&SQLite file (nothing to set up)"), this);
    m_sqliteRadio->setObjectName(u"sqliteRadio"_s);
    m_sqlitePath = new QLineEdit(this);
    m_sqlitePath->setObjectName(u"sqlitePathEdit"_s);
    m_sqlitePath->setPlaceholderText(DatabaseSpec::defaultSqlite().sqlitePath);
    m_sqlitePath->setClearButtonEnabled(true);
    m_sqlitePath->setToolTip(
        tr("Empty: the built-in file, %1").arg(DatabaseSpec::defaultSqlite().sqlitePath));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"sqliteBrowseButton"_s);
    connect(m_browse, &QPushButton::clicked, this, &DatabasePage::browse);
    m_sqliteError = errorLabel(u"sqlitePathError"_s, this);

    m_postgresRadio = new QRadioButton(tr("&PostgreSQL or Supabase server"), this);
    m_postgresRadio->setObjectName(u"postgresRadio"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_sqliteRadio);
    group->addButton(m_postgresRadio);

    m_uriEdit = new QLineEdit(this);
    m_uriEdit->setObjectName(u"databaseUriEdit"_s);
    m_uriEdit->setPlaceholderText(
        u"postgresql://postgres.abcd@aws-0-eu-central-1.pooler.supabase.com:5432/postgres"_s);
    m_uriEdit->setClearButtonEnabled(true);
    m_uriError = errorLabel(u"databaseUriError"_s, this);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"databasePasswordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Kept in the system keychain"));
    connect(m_passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    auto *hint
        = new QLabel(tr("Supabase: use the session pooler (port 5432) or a direct connection; the "
                        "transaction pooler (port 6543) does not keep the prepared statements "
                        "Tsuzuki uses."),
            this);
    hint->setObjectName(u"databaseHint"_s);
    hint->setWordWrap(true);

    // sslmode=verify-full: the certificate must name the host and come from a CA the system (or
    // the URI's sslrootcert) trusts. The URI itself is what gets saved.
    m_verifyCertificate = new QCheckBox(
        tr("&Verify the server's certificate (sslmode=verify-full, with this system's certificate "
           "authorities)"),
        this);
    m_verifyCertificate->setObjectName(u"verifyCertificateCheck"_s);
    m_verifyCertificate->setToolTip(
        tr("Supabase signs its database certificates with its own CA: download it (Database "
           "Settings → SSL Configuration) and add sslrootcert=/path/to/the.crt to the URI."));
    connect(m_verifyCertificate, &QCheckBox::toggled, this, [this](bool on) {
        m_uriEdit->setText(
            DatabaseSpec::withSslMode(m_uriEdit->text(), on ? u"verify-full"_s : u"require"_s));
    });
    connect(m_uriEdit, &QLineEdit::textChanged, this, [this](const QString &uri) {
        const QSignalBlocker blocker(m_verifyCertificate);
        m_verifyCertificate->setChecked(DatabaseSpec::sslModeOf(uri) == u"verify-full"_s);
    });

    auto *sqliteRow = new QHBoxLayout;
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(m_browse);
    auto *sqliteForm = new QFormLayout;
    sqliteForm->setContentsMargins(24, 0, 0, 0);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_sqlitePath);
    sqliteForm->addRow(fileLabel, sqliteRow);
    sqliteForm->addRow(QString(), m_sqliteError);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Connection &URI:"), m_uriEdit);
    form->addRow(QString(), m_uriError);
    form->addRow(QString(), m_verifyCertificate);
    form->addRow(tr("Pass&word:"), m_passwordEdit);
    form->addRow(QString(), hint);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    connect(m_testButton, &QPushButton::clicked, this, &DatabasePage::testConnection);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testConnectionResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Database")), this));
    layout->addWidget(m_sqliteRadio);
    layout->addLayout(sqliteForm);
    layout->addSpacing(8);
    layout->addWidget(m_postgresRadio);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    auto *note = new QLabel(
        tr("Changing the database reconnects the app. The password is stored in the system "
           "keychain, never in the settings file."),
        this);
    note->setWordWrap(true);
    note->setObjectName(u"databaseNote"_s);
    layout->addWidget(note);

    if (m_current.isPostgres()) {
        m_postgresRadio->setChecked(true);
        m_uriEdit->setText(m_current.toDisplayString());
    } else {
        m_sqliteRadio->setChecked(true);
        if (m_current.sqlitePath != DatabaseSpec::defaultSqlite().sqlitePath)
            m_sqlitePath->setText(m_current.sqlitePath);
    }
    connect(m_postgresRadio, &QRadioButton::toggled, this, &DatabasePage::updateFields);
    connect(m_uriEdit, &QLineEdit::textEdited, this, [this] { setError({}); });
    connect(m_sqlitePath, &QLineEdit::textEdited, this, [this] { setError({}); });
    updateFields();
}

void DatabasePage::updateFields()
{
    const bool postgres = m_postgresRadio->isChecked();
    m_uriEdit->setEnabled(postgres);
    m_verifyCertificate->setEnabled(postgres);
    m_passwordEdit->setEnabled(postgres);
    m_sqlitePath->setEnabled(!postgres);
    m_browse->setEnabled(!postgres);
    setError({});
    // The last test was of the other kind of database.
    m_testResult->clear();
}

void DatabasePage::setError(const QString &message)
{
    // One place for the message: under the field of the kind chosen.
    QLabel *shown = m_postgresRadio->isChecked() ? m_uriError : m_sqliteError;
    QLabel *other = shown == m_uriError ? m_sqliteError : m_uriError;
    other->hide();
    shown->setText(message);
    shown->setVisible(!message.isEmpty());
}

void DatabasePage::focusField()
{
    if (m_postgresRadio->isChecked())
        m_uriEdit->setFocus();
    else
        m_sqlitePath->setFocus();
}

void DatabasePage::browse()
{
    auto *dialog = new QFileDialog(this, tr("SQLite file for Tsuzuki"));
    dialog->setObjectName(u"sqliteFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An existing file is opened; a new name makes a new database.
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({ tr("SQLite databases (*.sqlite *.db)"), tr("All files (*)") });
    dialog->setDefaultSuffix(u"sqlite"_s);
    const QString current = expandPath(m_sqlitePath->text());
    dialog->selectFile(current.isEmpty() ? DatabaseSpec::defaultSqlite().sqlitePath : current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_sqlitePath->setText(QDir::toNativeSeparators(file));
        setError({});
    });
    dialog->open();
}

Result<DatabaseSpec> DatabasePage::specFromFields() const
{
    if (!m_postgresRadio->isChecked()) {
        const QString path = expandPath(m_sqlitePath->text());
        if (path.isEmpty())
            return DatabaseSpec::defaultSqlite();
        const QFileInfo info(path);
        if (info.isDir())
            return makeError(ErrorCode::InvalidInput,
                tr("%1 is a folder: add a file name, for example tsuzuki.sqlite.").arg(path));
        DatabaseSpec spec;
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.sqlitePath = path;
        return spec;
    }
    const QString uri = m_uriEdit->text().trimmed();
    if (uri.startsWith(u'/') || uri.startsWith(u'~') || uri.endsWith(u".sqlite"_s)
        || uri.endsWith(u".db"_s)) {
        return makeError(ErrorCode::InvalidInput,
            tr("This is the path of a file: choose \"SQLite file\" above and enter it there."));
    }
    if (!uri.startsWith(u"postgres"_s, Qt::CaseInsensitive)) {
        return makeError(ErrorCode::InvalidInput,
            tr("Enter a URI that starts with postgresql:// (Supabase: Project Settings → Database "
               "→ Connection string)."));
    }
    auto spec = DatabaseSpec::parse(uri);
    if (!spec.ok())
        return spec;
    DatabaseSpec value = spec.value();
    if (!m_passwordEdit->text().isEmpty())
        value.password = m_passwordEdit->text();
    return value;
}

void DatabasePage::testConnection()
{
    auto spec = specFromFields();
    if (!spec.ok()) {
        // Said once, under the field it is about.
        setError(spec.error().userMessage);
        m_testResult->clear();
        Q_EMIT connectionTested(false, spec.error().userMessage);
        return;
    }
    setError({});
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Connecting…"));
    DatabaseSpec value = spec.value();
    if (value.isPostgres() && value.password.isEmpty() && !m_passwordEdited && m_secrets) {
        // The field is empty because the saved password lives in the keychain: test with that one.
        SecretJob *job = m_secrets->read(QString::fromLatin1(SecretKey::DatabasePassword));
        connect(job, &SecretJob::finished, this, [this, job, value]() mutable {
            if (job->ok())
                value.password = job->value();
            runTest(value);
        });
        return;
    }
    runTest(value);
}

void DatabasePage::runTest(DatabaseSpec spec)
{
    if (!spec.password.isEmpty())
        registerSecret(spec.password);
    auto *tester = new ConnectionTester(this);
    connect(tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        m_testResult->setStyleSheet(ok ? u"color: #1e8449;"_s : u"color: #c0392b;"_s);
        m_testResult->setText((ok ? u"✔ "_s : u"✘ "_s) + message);
        Q_EMIT connectionTested(ok, message);
    });
    tester->start(spec);
}

} // namespace Tsuzuki
