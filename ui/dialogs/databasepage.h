#pragma once

#include "core/common/result.h"
#include "core/store/databasespec.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Tsuzuki {

class SecretStore;

/// Settings → Database: "SQLite file: [path] [Browse…]" (the built-in file by default, or any
/// other) beside "PostgreSQL or Supabase server" with its URI, password (for the keychain),
/// certificate check and "Test connection". Problems are said once, under the field they are about.
class DatabasePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabasePage)

public:
    /// `current` is the database in use (shown as chosen).
    DatabasePage(SecretStore *secrets, const DatabaseSpec &current, QWidget *parent = nullptr);

    /// The spec the fields describe (password from the field; may be empty); error if the URI or
    /// path is not usable.
    Result<DatabaseSpec> specFromFields() const;
    /// A problem with the URI or the path, under its field (empty: hides it).
    void setError(const QString &message);
    void focusField();
    /// Whether the user typed a password (an empty field then means "no password").
    bool passwordEdited() const { return m_passwordEdited; }

public Q_SLOTS:
    /// Runs off the GUI thread; the outcome appears under the button.
    void testConnection();

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);

private:
    void updateFields();
    void browse();
    void runTest(DatabaseSpec spec);

    SecretStore *m_secrets;
    DatabaseSpec m_current;
    QRadioButton *m_sqliteRadio = nullptr;
    QRadioButton *m_postgresRadio = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_sqliteError = nullptr;
    QLineEdit *m_uriEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_uriError = nullptr;
    QCheckBox *m_verifyCertificate = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_passwordEdited = false;
};

} // namespace Tsuzuki
