<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tsuzuki</name>
    <message>
        <source>Trakt access token</source>
        <translation>Trakt-Zugriffstoken</translation>
    </message>
    <message>
        <source>Trakt refresh token</source>
        <translation>Trakt-Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Trakt token expiry</source>
        <translation>Ablauf des Trakt-Tokens</translation>
    </message>
    <message>
        <source>Trakt client secret</source>
        <translation>Trakt-Client-Geheimnis</translation>
    </message>
    <message>
        <source>AniList access token</source>
        <translation>AniList-Zugriffstoken</translation>
    </message>
    <message>
        <source>AniList token expiry</source>
        <translation>Ablauf des AniList-Tokens</translation>
    </message>
    <message>
        <source>TMDB API key</source>
        <translation>TMDB-API-Schlüssel</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>This does not look like an AniList access token.</source>
        <translation>Das sieht nicht wie ein AniList-Zugriffstoken aus.</translation>
    </message>
    <message>
        <source>AniList %1: "%2": %3</source>
        <translation>AniList %1: „%2“: %3</translation>
    </message>
    <message>
        <source>AniList %1: "%2" has the wrong type.</source>
        <translation>AniList %1: „%2“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt has no season %3.</source>
        <translation>%1 gibt %2 an, aber Trakt hat keine Staffel %3.</translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt's season %3 has %4 episodes.</source>
        <translation>%1 gibt %2 an, aber Trakts Staffel %3 hat %4 Episoden.</translation>
    </message>
    <message>
        <source>%1 puts the entry's last episode (%2) at %3, which Trakt does not have.</source>
        <translation>%1 legt die letzte Episode des Eintrags (%2) auf %3, die es bei Trakt nicht gibt.</translation>
    </message>
    <message>
        <source>%1 numbers season %2 with %3 episodes; Trakt's season %2 has %4 (different numbering).</source>
        <translation>%1 zählt Staffel %2 mit %3 Episoden; Trakts Staffel %2 hat %4 (andere Nummerierung).</translation>
    </message>
    <message>
        <source>entry %1: "%2" has the wrong type (%3).</source>
        <translation>Eintrag %1: „%2“ hat den falschen Typ (%3).</translation>
    </message>
    <message>
        <source>the database has no "anime" table (tables: %1).</source>
        <translation>Die Datenbank hat keine Tabelle „anime“ (Tabellen: %1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the "anime" table has no anilist_id column.</source>
        <translation>Die Tabelle „anime“ hat keine Spalte anilist_id.</translation>
    </message>
    <message>
        <source>the "anime" table cannot be read.</source>
        <translation>Die Tabelle „anime“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>row with mal_id %1: anilist_id "%2" is not a number.</source>
        <translation>Zeile mit mal_id %1: anilist_id „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>AniList %1: thetvdb_season "%2" is neither a number nor "a".</source>
        <translation>AniList %1: thetvdb_season „%2“ ist weder eine Zahl noch „a“.</translation>
    </message>
    <message>
        <source>the "anime" table has no row with an AniList id.</source>
        <translation>Die Tabelle „anime“ hat keine Zeile mit einer AniList-ID.</translation>
    </message>
    <message>
        <source>%1 sent no HTTP response.</source>
        <translation>%1 hat keine HTTP-Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before an answer arrived.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 sent a web page instead of data (HTTP %2).</source>
        <translation>%1 hat statt Daten eine Webseite gesendet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON (HTTP %2).</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (HTTP %2).</translation>
    </message>
    <message>
        <source>Your %1 login has expired or was revoked. Log in again.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not accept the login. Log in again.</source>
        <translation>%1 hat die Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 blocked the request (HTTP 403, web page reply).</source>
        <translation>%1 hat die Anfrage blockiert (HTTP 403, Webseite als Antwort).</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): check the API key or app id.</source>
        <translation>%1 hat die Anfrage verweigert (HTTP 403): Prüfen Sie den API-Schlüssel oder die App-ID.</translation>
    </message>
    <message>
        <source>%1 does not know this item (HTTP 404).</source>
        <translation>%1 kennt diesen Eintrag nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>%1 account limit reached (HTTP 420): the list or collection is full for this account.</source>
        <translation>Kontolimit bei %1 erreicht (HTTP 420): Die Liste oder Sammlung dieses Kontos ist voll.</translation>
    </message>
    <message>
        <source>%1 account is locked or deactivated (HTTP 423). Contact %1 support.</source>
        <translation>Das Konto bei %1 ist gesperrt oder deaktiviert (HTTP 423). Wenden Sie sich an den Support von %1.</translation>
    </message>
    <message>
        <source>This %1 feature needs a VIP account (HTTP 426).</source>
        <translation>Diese Funktion von %1 erfordert ein VIP-Konto (HTTP 426).</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Try again later.</source>
        <translation>%1 begrenzt die Anfragen (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 hat ein Serverproblem (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>%1 numbers episodes like TVDB, and Trakt's absolute numbers do not confirm %2 for episode %3 (TVDB's numbering of this show is not known to match TMDB's).</source>
        <translation>%1 zählt Folgen wie TVDB, und Trakts absolute Nummern bestätigen %2 für Folge %3 nicht (es ist nicht bekannt, dass TVDBs Zählung dieser Serie der von TMDB entspricht).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Accounts</name>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Token expired on %1: log in again</source>
        <translation>Token am %1 abgelaufen: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Logged in; the token expires on %1: log in again soon</source>
        <translation>Angemeldet; das Token läuft am %1 ab: bald erneut anmelden</translation>
    </message>
    <message>
        <source>Logged in as %1; the token expires on %2: log in again soon</source>
        <translation>Angemeldet als %1; das Token läuft am %2 ab: bald erneut anmelden</translation>
    </message>
    <message>
        <source>Logged in, token valid until %1</source>
        <translation>Angemeldet, Token gültig bis %1</translation>
    </message>
    <message>
        <source>Logged in as %1, token valid until %2</source>
        <translation>Angemeldet als %1, Token gültig bis %2</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>AniList refused the stored token: log in again.</source>
        <translation>AniList hat das gespeicherte Token abgelehnt: bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Trakt refused the stored login: log in again.</source>
        <translation>Trakt hat die gespeicherte Anmeldung abgelehnt: bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Paste the token from AniList's PIN page first.</source>
        <translation>Fügen Sie zuerst das Token von der PIN-Seite von AniList ein.</translation>
    </message>
    <message>
        <source>There is no writable keychain to keep the AniList token in.</source>
        <translation>Es gibt keinen beschreibbaren Schlüsselbund, in dem das AniList-Token gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Logged in to AniList as %1</source>
        <translation>Bei AniList als %1 angemeldet</translation>
    </message>
    <message>
        <source>Logged out of AniList</source>
        <translation>Von AniList abgemeldet</translation>
    </message>
    <message>
        <source>No Trakt client id. Create an app at trakt.tv/oauth/applications, then enter its client id and secret in Settings → Accounts (or set TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET).</source>
        <translation>Keine Trakt-Client-ID. Legen Sie unter trakt.tv/oauth/applications eine App an und tragen Sie deren Client-ID und Secret unter Einstellungen → Konten ein (oder setzen Sie TRAKT_CLIENT_ID und TRAKT_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Logged in to Trakt</source>
        <translation>Bei Trakt angemeldet</translation>
    </message>
    <message>
        <source>Trakt login failed: %1</source>
        <translation>Trakt-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Logged out of Trakt</source>
        <translation>Von Trakt abgemeldet</translation>
    </message>
    <message>
        <source>AniList refused the stored token: log in to AniList again.</source>
        <translation>AniList hat das gespeicherte Token abgelehnt: Bitte erneut bei AniList anmelden.</translation>
    </message>
    <message>
        <source>Trakt refused the stored login: log in to Trakt again (%1)</source>
        <translation>Trakt hat die gespeicherte Anmeldung abgelehnt: Bitte erneut bei Trakt anmelden (%1)</translation>
    </message>
    <message>
        <source>Logged in to Trakt as %1</source>
        <translation>Bei Trakt als %1 angemeldet</translation>
    </message>
    <message>
        <source>The Trakt login could still not be saved: %1</source>
        <translation>Die Trakt-Anmeldung konnte noch immer nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AddressBox</name>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser yourself:</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst in einem Browser:</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniBridgeImporter</name>
    <message>
        <source>expected a JSON object keyed by AniList id, found an array or value.</source>
        <translation>Erwartet wurde ein JSON-Objekt mit AniList-IDs als Schlüssel, gefunden wurde ein Array oder ein Wert.</translation>
    </message>
    <message>
        <source>the key "%1" is not an AniList id.</source>
        <translation>Der Schlüssel „%1“ ist keine AniList-ID.</translation>
    </message>
    <message>
        <source>AniList %1: the entry is not an object.</source>
        <translation>AniList %1: Der Eintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>the entries carry their own anilist_id, so the keys are not AniList ids (is this Kometa's or Fribb's list?).</source>
        <translation>Die Einträge tragen eine eigene anilist_id, also sind die Schlüssel keine AniList-IDs (ist das die Liste von Kometa oder Fribb?).</translation>
    </message>
    <message>
        <source>the file has no AniList entries.</source>
        <translation>Die Datei enthält keine AniList-Einträge.</translation>
    </message>
    <message>
        <source>none of the %1 entries has a mapping field (mal_id, tvdb_id, tvdb_mappings, ...).</source>
        <translation>Keiner der %1 Einträge hat ein Zuordnungsfeld (mal_id, tvdb_id, tvdb_mappings, …).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniBridgeV3Importer</name>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>expected a JSON object of source descriptors.</source>
        <translation>Erwartet wurde ein JSON-Objekt aus Quellbeschreibern.</translation>
    </message>
    <message>
        <source>the file is schema version %1; this Tsuzuki reads version 3.</source>
        <translation>Die Datei hat Schema-Version %1; dieses Tsuzuki liest Version 3.</translation>
    </message>
    <message>
        <source>the key "%1" is not a descriptor provider:id[:scope].</source>
        <translation>Der Schlüssel „%1“ ist kein Beschreiber provider:id[:scope].</translation>
    </message>
    <message>
        <source>%1: the value is not an object of targets.</source>
        <translation>%1: Der Wert ist kein Objekt aus Zielen.</translation>
    </message>
    <message>
        <source>the key "%1" is not an AniList id.</source>
        <translation>Der Schlüssel „%1“ ist keine AniList-ID.</translation>
    </message>
    <message>
        <source>%1: the target "%2" is not a descriptor provider:id[:scope].</source>
        <translation>%1: Das Ziel „%2“ ist kein Beschreiber provider:id[:scope].</translation>
    </message>
    <message>
        <source>%1 → %2: the range map is not an object.</source>
        <translation>%1 → %2: Die Bereichszuordnung ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 → %2: the range "%3" maps to something that is neither text nor null.</source>
        <translation>%1 → %2: Der Bereich „%3“ zeigt auf etwas, das weder Text noch null ist.</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>there is text after the end of the JSON object.</source>
        <translation>Nach dem Ende des JSON-Objekts folgt noch Text.</translation>
    </message>
    <message>
        <source>the file maps no AniList id.</source>
        <translation>Die Datei ordnet keine AniList-ID zu.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListClient</name>
    <message>
        <source>Your AniList login has expired or was revoked. Log in again.</source>
        <translation>Ihre AniList-Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>AniList reported an error: %1</source>
        <translation>AniList meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>AniList sent a reply without data.</source>
        <translation>AniList hat eine Antwort ohne Daten gesendet.</translation>
    </message>
    <message>
        <source>Not logged in to AniList.</source>
        <translation>Nicht bei AniList angemeldet.</translation>
    </message>
    <message>
        <source>AniList did not say who is logged in.</source>
        <translation>AniList hat nicht mitgeteilt, wer angemeldet ist.</translation>
    </message>
    <message>
        <source>AniList kept reporting more activity pages (stopped after %1).</source>
        <translation>AniList meldete immer weitere Aktivitätsseiten (nach %1 angehalten).</translation>
    </message>
    <message>
        <source>AniList kept reporting more list chunks (stopped after %1).</source>
        <translation>AniList meldete immer weitere Listenteile (nach %1 angehalten).</translation>
    </message>
    <message>
        <source>AniList sent activity page %1 in an unexpected form; nothing was synced from it.</source>
        <translation>AniList hat Aktivitätsseite %1 in unerwarteter Form geschickt; daraus wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>AniList sent an activity in an unexpected form (page %1); nothing was synced from it.</source>
        <translation>AniList hat eine Aktivität in unerwarteter Form geschickt (Seite %1); daraus wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>AniList sent part %1 of the anime list in an unexpected form; nothing was synced from it.</source>
        <translation>AniList hat Teil %1 der Anime-Liste in unerwarteter Form geschickt; daraus wurde nichts synchronisiert.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListProgress</name>
    <message>
        <source>Unreadable AniList progress "%1".</source>
        <translation>Unlesbarer AniList-Fortschritt „%1“.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::App</name>
    <message>
        <source>Tsuzuki</source>
        <translation>Tsuzuki</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AppActions</name>
    <message>
        <source>Manual mapping saved: AniList %1 → Trakt %2</source>
        <translation>Manuelle Zuordnung gespeichert: AniList %1 → Trakt %2</translation>
    </message>
    <message>
        <source>Manual mapping saved for AniList %1</source>
        <translation>Manuelle Zuordnung für AniList %1 gespeichert</translation>
    </message>
    <message>
        <source>Mapping of AniList %1 removed</source>
        <translation>Zuordnung von AniList %1 entfernt</translation>
    </message>
    <message>
        <source>Episode override saved: Trakt %1 episode %2 → S%3E%4</source>
        <translation>Episodenkorrektur gespeichert: Trakt %1 Folge %2 → S%3E%4</translation>
    </message>
    <message>
        <source>Episode override removed: Trakt %1 episode %2</source>
        <translation>Episodenkorrektur entfernt: Trakt %1 Folge %2</translation>
    </message>
    <message>
        <source>Force resync of AniList %1: progress and posted-plays record forgotten</source>
        <translation>Erzwungene Neusynchronisierung von AniList %1: Fortschritt und Aufzeichnung gesendeter Wiedergaben verworfen</translation>
    </message>
    <message>
        <source>Activity window reset: the next full sync reads every activity</source>
        <translation>Aktivitätsfenster zurückgesetzt: Die nächste vollständige Synchronisierung liest alle Aktivitäten</translation>
    </message>
    <message>
        <source>Never post: %1 episode %2</source>
        <translation>Nie senden: %1 Folge %2</translation>
    </message>
    <message numerus="yes">
        <source>Never post: %n play(s)</source>
        <translation>
            <numerusform>Nie senden: %n Wiedergabe</numerusform>
            <numerusform>Nie senden: %n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post again: %n play(s) offered by the next sync</source>
        <translation>
            <numerusform>Wieder senden: %n Wiedergabe wird beim nächsten Abgleich angeboten</numerusform>
            <numerusform>Wieder senden: %n Wiedergaben werden beim nächsten Abgleich angeboten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Application</name>
    <message>
        <source>No system tray on this desktop: closing the window quits Tsuzuki.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich: Schließen des Fensters beendet Tsuzuki.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::BreakpointMap</name>
    <message>
        <source>The cached breakpoint map is not readable.</source>
        <translation>Die zwischengespeicherte Staffelgrenzen-Tabelle ist nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Candidate</name>
    <message>
        <source>%1 explicitly leaves episode %2 out of %3.</source>
        <translation>%1 nimmt Folge %2 ausdrücklich aus %3 heraus.</translation>
    </message>
    <message>
        <source>%1 has no place for episode %2.</source>
        <translation>%1 hat keinen Platz für Folge %2.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli</name>
    <message>
        <source>Usage: tsuzuki-cli [--database URI|FILE] [--json] [--verbose] &lt;command&gt; [arguments]</source>
        <translation>Aufruf: tsuzuki-cli [--database URI|DATEI] [--json] [--verbose] &lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The database is --database, else TSUZUKI_DATABASE, else the one chosen in the app's settings, else the default SQLite file. A postgresql:// URI takes its password from the keychain (or TSUZUKI_DATABASE_PASSWORD).</source>
        <translation>Die Datenbank ist --database, sonst TSUZUKI_DATABASE, sonst die in den Einstellungen der App gewählte, sonst die Standard-SQLite-Datei. Ein postgresql://-URI nimmt sein Passwort aus dem Schlüsselbund (oder aus TSUZUKI_DATABASE_PASSWORD).</translation>
    </message>
    <message>
        <source>--database needs a postgresql:// URI or a SQLite file path.</source>
        <translation>--database braucht einen postgresql://-URI oder einen SQLite-Dateipfad.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>To sign in to Trakt, open %1 and enter the code:</source>
        <translation>Um sich bei Trakt anzumelden, öffnen Sie %1 und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>(user name not available)</source>
        <translation>(Benutzername nicht verfügbar)</translation>
    </message>
    <message>
        <source>Open https://anilist.co/api/v2/oauth/authorize?client_id=%1&amp;response_type=token, approve, and paste the token shown.</source>
        <translation>Öffnen Sie https://anilist.co/api/v2/oauth/authorize?client_id=%1&amp;response_type=token, stimmen Sie zu und fügen Sie das angezeigte Token ein.</translation>
    </message>
    <message>
        <source>Paste your AniList access token (from the PIN page of your AniList API client).</source>
        <translation>Fügen Sie Ihr AniList-Zugriffstoken ein (von der PIN-Seite Ihres AniList-API-Clients).</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>No token given; nothing was changed.</source>
        <translation>Kein Token angegeben; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Secrets:  %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>AniList:  %1</source>
        <translation>AniList:  %1</translation>
    </message>
    <message>
        <source>Trakt:    %1</source>
        <translation>Trakt:    %1</translation>
    </message>
    <message>
        <source>TMDB:     %1</source>
        <translation>TMDB:     %1</translation>
    </message>
    <message>
        <source>API key set</source>
        <translation>API-Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>no API key (optional)</source>
        <translation>kein API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>trakt or anilist</source>
        <translation>trakt oder anilist</translation>
    </message>
    <message>
        <source>Signed out of Trakt; the token was revoked and removed.</source>
        <translation>Von Trakt abgemeldet; das Token wurde widerrufen und entfernt.</translation>
    </message>
    <message>
        <source>Signed out of AniList; the token was removed.</source>
        <translation>Von AniList abgemeldet; das Token wurde entfernt.</translation>
    </message>
    <message>
        <source>Say which service: tsuzuki-cli auth logout trakt|anilist</source>
        <translation>Geben Sie den Dienst an: tsuzuki-cli auth logout trakt|anilist</translation>
    </message>
    <message>
        <source>Sign in to Trakt with a device code</source>
        <translation>Mit einem Gerätecode bei Trakt anmelden</translation>
    </message>
    <message>
        <source>Store an AniList token read from standard input</source>
        <translation>Ein von der Standardeingabe gelesenes AniList-Token speichern</translation>
    </message>
    <message>
        <source>Who is signed in where, and when each token expires</source>
        <translation>Wo Sie angemeldet sind und wann jedes Token abläuft</translation>
    </message>
    <message>
        <source>Revoke and forget a service's tokens</source>
        <translation>Die Tokens eines Dienstes widerrufen und vergessen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Database:       %1 (%2)</source>
        <translation>Datenbank:      %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Schemaversion:  %1 (neueste %2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Status keys:</source>
        <translation>Statusschlüssel:</translation>
    </message>
    <message>
        <source>(none yet: no sync or import has run)</source>
        <translation>(noch keine: Es lief noch keine Synchronisierung und kein Import)</translation>
    </message>
    <message>
        <source>Show the database in use, schema version, row counts and status keys</source>
        <translation>Verwendete Datenbank, Schemaversion, Zeilenzahlen und Statusschlüssel anzeigen</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Show what would be posted, post nothing.</source>
        <translation>Zeigt, was gesendet würde, und sendet nichts.</translation>
    </message>
    <message>
        <source>Run as the scheduler does (status:sync:last-run-auto).</source>
        <translation>Läuft wie der Zeitplaner (status:sync:last-run-auto).</translation>
    </message>
    <message>
        <source>Confirm a run above the plays guard.</source>
        <translation>Bestätigt einen Lauf über der Wiedergabegrenze.</translation>
    </message>
    <message>
        <source>Plays per request (default 100).</source>
        <translation>Wiedergaben pro Anfrage (Standard 100).</translation>
    </message>
    <message>
        <source>Plays guard (default 5000).</source>
        <translation>Wiedergabegrenze (Standard 5000).</translation>
    </message>
    <message>
        <source>Post every AniList activity since the last sync to Trakt</source>
        <translation>Jede AniList-Aktivität seit der letzten Synchronisierung an Trakt senden</translation>
    </message>
    <message>
        <source>Post the episodes of COMPLETED entries</source>
        <translation>Die Episoden der abgeschlossenen Einträge (COMPLETED) senden</translation>
    </message>
    <message>
        <source>Post the episodes of CURRENT entries</source>
        <translation>Die Episoden der Einträge, die Sie gerade schauen (CURRENT), senden</translation>
    </message>
    <message>
        <source>%1: imported %2 AniList ids from %3 entries in %4 s.</source>
        <extracomment>%1 = source, %2 = AniList ids, %3 = entries read, %4 = seconds</extracomment>
        <translation>%1: %2 AniList-IDs aus %3 Einträgen in %4 s importiert.</translation>
    </message>
    <message>
        <source>Unknown mapping source "%1": use otaku, fribbs or anibridge.</source>
        <translation>Unbekannte Zuordnungsquelle „%1“: Verwenden Sie otaku, fribbs oder anibridge.</translation>
    </message>
    <message>
        <source>otaku, fribbs or anibridge</source>
        <translation>otaku, fribbs oder anibridge</translation>
    </message>
    <message>
        <source>The mapping file to import.</source>
        <translation>Die zu importierende Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli mappings import otaku|fribbs|anibridge --file PATH</source>
        <translation>Aufruf: tsuzuki-cli mappings import otaku|fribbs|anibridge --file PFAD</translation>
    </message>
    <message>
        <source>otaku, fribbs or anibridge (default: all three)</source>
        <translation>otaku, fribbs oder anibridge (Standard: alle drei)</translation>
    </message>
    <message>
        <source>%1: downloading %2</source>
        <translation>%1: %2 wird heruntergeladen</translation>
    </message>
    <message>
        <source>AniList %1: %2</source>
        <translation>AniList %1: %2</translation>
    </message>
    <message>
        <source>  ids:     trakt %1, tmdb %2, tvdb %3, imdb %4</source>
        <translation>  IDs:      trakt %1, tmdb %2, tvdb %3, imdb %4</translation>
    </message>
    <message>
        <source>  found:   %1</source>
        <translation>  gefunden: %1</translation>
    </message>
    <message>
        <source>  reason:  %1</source>
        <translation>  Grund:    %1</translation>
    </message>
    <message>
        <source>AniList id (or AniList URL)</source>
        <translation>AniList-ID (oder AniList-URL)</translation>
    </message>
    <message>
        <source>AniList episode number (default 1).</source>
        <translation>AniList-Episodennummer (Standard 1).</translation>
    </message>
    <message>
        <source>Use only the database: no TMDB or Trakt requests.</source>
        <translation>Nur die Datenbank verwenden: keine Anfragen an TMDB oder Trakt.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>AniList format (TV, MOVIE, ...); default: from the mapping data.</source>
        <translation>AniList-Format (TV, MOVIE, …); Standard: aus den Zuordnungsdaten.</translation>
    </message>
    <message>
        <source>  seasons: %1</source>
        <translation>  Staffeln: %1</translation>
    </message>
    <message>
        <source>Episode %1 → Trakt show %2, S%3E%4</source>
        <extracomment>%1 = AniList episode, %2 = Trakt id (or tmdb:N), %3 = season, %4 = episode</extracomment>
        <translation>Episode %1 → Trakt-Serie %2, S%3E%4</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>Movie → Trakt movie %1</source>
        <translation>Film → Trakt-Film %1</translation>
    </message>
    <message>
        <source>Episode %1 is unmapped: %2</source>
        <translation>Episode %1 ist ohne Zuordnung: %2</translation>
    </message>
    <message>
        <source>  rule:    %1 (%2)%3</source>
        <translation>  Regel:    %1 (%2)%3</translation>
    </message>
    <message>
        <source>, not verified against Trakt's seasons</source>
        <translation>, nicht mit Trakts Staffeln abgeglichen</translation>
    </message>
    <message>
        <source>  note:    %1</source>
        <translation>  Hinweis:  %1</translation>
    </message>
    <message>
        <source>cached (offline)</source>
        <translation>zwischengespeichert (offline)</translation>
    </message>
    <message>
        <source>Warning: Trakt's seasons could not be read (%1); using the cached ones.</source>
        <translation>Warnung: Trakts Staffeln konnten nicht gelesen werden (%1); die zwischengespeicherten werden verwendet.</translation>
    </message>
    <message>
        <source>cached (Trakt unavailable)</source>
        <translation>zwischengespeichert (Trakt nicht erreichbar)</translation>
    </message>
    <message>
        <source>from Trakt</source>
        <translation>von Trakt</translation>
    </message>
    <message>
        <source>AniList id or AniList URL</source>
        <translation>AniList-ID oder AniList-URL</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli sync show &lt;anilistId or AniList URL&gt;</source>
        <translation>Aufruf: tsuzuki-cli sync show &lt;AniList-ID oder AniList-URL&gt;</translation>
    </message>
    <message>
        <source>AniList %1 has no Trakt title: %2</source>
        <translation>AniList %1 hat keinen Trakt-Titel: %2</translation>
    </message>
    <message>
        <source>no mapping source or Trakt search found one; add a manual mapping with `tsuzuki-cli mappings set`.</source>
        <translation>Weder eine Zuordnungsquelle noch die Trakt-Suche fand eine; fügen Sie mit `tsuzuki-cli mappings set` eine manuelle Zuordnung hinzu.</translation>
    </message>
    <message>
        <source>AniList %1 is the Trakt movie %2: a movie has no seasons to store.</source>
        <translation>AniList %1 ist der Trakt-Film %2: Ein Film hat keine Staffeln zum Speichern.</translation>
    </message>
    <message>
        <source>  season %1: absolute episodes %2–%3</source>
        <translation>  Staffel %1: absolute Episoden %2–%3</translation>
    </message>
    <message>
        <source>Stored %1 and %2 (%3). Nothing was posted to Trakt.</source>
        <translation>%1 und %2 gespeichert (%3). An Trakt wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Import a mapping-source file into the database</source>
        <translation>Eine Datei einer Zuordnungsquelle in die Datenbank importieren</translation>
    </message>
    <message>
        <source>Download and import mapping data (TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL, TSUZUKI_ANIBRIDGE_URL)</source>
        <translation>Zuordnungsdaten herunterladen und importieren (TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL, TSUZUKI_ANIBRIDGE_URL)</translation>
    </message>
    <message>
        <source>Show where an AniList episode lands on Trakt, and why</source>
        <translation>Zeigen, wo eine AniList-Episode auf Trakt landet, und warum</translation>
    </message>
    <message>
        <source>Resolve one show, fetch its Trakt seasons and store the episode list and breakpoint map (posts nothing)</source>
        <translation>Eine Serie auflösen, ihre Trakt-Staffeln abrufen und Episodenliste und Staffelgrenzen speichern (sendet nichts)</translation>
    </message>
    <message>
        <source>%1 must be a positive number, got "%2"</source>
        <translation>%1 muss eine positive Zahl sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>One AniList id.</source>
        <translation>Eine AniList-ID.</translation>
    </message>
    <message>
        <source>Rows (default 50).</source>
        <translation>Zeilen (Standard 50).</translation>
    </message>
    <message>
        <source>progress reset &lt;anilistId&gt;: force a resync of one show</source>
        <translation>progress reset &lt;anilistId&gt;: eine Serie erneut synchronisieren</translation>
    </message>
    <message>
        <source>usage: progress reset &lt;anilistId&gt;</source>
        <translation>Aufruf: progress reset &lt;anilistId&gt;</translation>
    </message>
    <message>
        <source>AniList id</source>
        <translation>AniList-ID</translation>
    </message>
    <message>
        <source>(no progress rows)</source>
        <translation>(keine Fortschrittszeilen)</translation>
    </message>
    <message>
        <source>lastSyncTimestamp set to 0: the next full sync reads every activity again (episodes already on Trakt are skipped).</source>
        <translation>lastSyncTimestamp auf 0 gesetzt: Die nächste vollständige Synchronisierung liest jede Aktivität erneut (Episoden, die schon auf Trakt sind, werden übersprungen).</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>TMDB id.</source>
        <translation>TMDB-ID.</translation>
    </message>
    <message>
        <source>IMDb id (tt...).</source>
        <translation>IMDb-ID (tt…).</translation>
    </message>
    <message>
        <source>TVDB id.</source>
        <translation>TVDB-ID.</translation>
    </message>
    <message>
        <source>TMDB id</source>
        <translation>TMDB-ID</translation>
    </message>
    <message>
        <source>TVDB id</source>
        <translation>TVDB-ID</translation>
    </message>
    <message>
        <source>AniList %1 is now mapped to Trakt %2 (manual).</source>
        <translation>AniList %1 ist jetzt Trakt %2 zugeordnet (manuell).</translation>
    </message>
    <message>
        <source>Keep printing new rows.</source>
        <translation>Neue Zeilen weiter ausgeben.</translation>
    </message>
    <message>
        <source>Show sync_progress, or force a resync of one show</source>
        <translation>sync_progress anzeigen oder eine Serie erneut synchronisieren</translation>
    </message>
    <message>
        <source>Reprocess the whole activity window (lastSyncTimestamp = 0)</source>
        <translation>Den ganzen Aktivitätszeitraum erneut verarbeiten (lastSyncTimestamp = 0)</translation>
    </message>
    <message>
        <source>Episode corrections (episode_override)</source>
        <translation>Episodenkorrekturen (episode_override)</translation>
    </message>
    <message>
        <source>Manual mapping of an AniList entry to a Trakt show or movie</source>
        <translation>Manuelle Zuordnung eines AniList-Eintrags zu einer Trakt-Serie oder einem Trakt-Film</translation>
    </message>
    <message>
        <source>Show the activity log</source>
        <translation>Das Aktivitätsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Warning: the online lookup stopped: %1</source>
        <translation>Warnung: Die Online-Suche wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Signed in to Trakt as %1; %2.</source>
        <translation>Bei Trakt als %1 angemeldet; %2.</translation>
    </message>
    <message>
        <source>Signed in to AniList as %1; %2.</source>
        <translation>Bei AniList als %1 angemeldet; %2.</translation>
    </message>
    <message>
        <source>not signed in (%1)</source>
        <translation>nicht angemeldet (%1)</translation>
    </message>
    <message>
        <source>Needs mapping:  %1</source>
        <translation>Zuordnung nötig:  %1</translation>
    </message>
    <message>
        <source>AniList %1, episode %2: %3</source>
        <extracomment>%1 = AniList id, %2 = episode, %3 = show or movie</extracomment>
        <translation>AniList %1, Folge %2: %3</translation>
    </message>
    <message>
        <source>  (* decided, ! disagrees with the result)</source>
        <translation>  (* entschied, ! weicht vom Ergebnis ab)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>needs mapping</source>
        <translation>Zuordnung nötig</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>Show every source's answer, which one won and why, and where they disagree.</source>
        <translation>Zeigt die Antwort jeder Quelle, welche gewann und warum, und wo sie sich widersprechen.</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli map &lt;anilistId&gt; [--episode N] [--offline] [--json] [--format TV|MOVIE] [--explain]</source>
        <translation>Aufruf: tsuzuki-cli map &lt;anilistId&gt; [--episode N] [--offline] [--json] [--format TV|MOVIE] [--explain]</translation>
    </message>
    <message>
        <source>Warning: the password in --database can be read by every user of this computer (in the process list). Keep it in the keychain (the app's Settings → Database) or in TSUZUKI_DATABASE_PASSWORD instead.</source>
        <translation>Warnung: Das Passwort in --database kann jeder Benutzer dieses Computers lesen (in der Prozessliste). Legen Sie es stattdessen im Schlüsselbund ab (Einstellungen → Datenbank in der App) oder in TSUZUKI_DATABASE_PASSWORD.</translation>
    </message>
    <message>
        <source>The episode must be 1 or more, got %1.</source>
        <translation>Die Episode muss 1 oder größer sein, angegeben war %1.</translation>
    </message>
    <message>
        <source>Progress of %1 removed: the next completed/watching sync looks at it from episode 1 and posts what Trakt does not have (--include-watched: every episode again).</source>
        <translation>Fortschritt von %1 entfernt: Der nächste Abgleich (completed/watching) prüft ab Folge 1 und sendet, was Trakt noch nicht hat (--include-watched: jede Folge erneut).</translation>
    </message>
    <message>
        <source>A run id is a positive number, got "%1" (see tsuzuki-cli runs).</source>
        <translation>Eine Lauf-ID ist eine positive Zahl, angegeben wurde „%1“ (siehe tsuzuki-cli runs).</translation>
    </message>
    <message>
        <source>undo of run %1: %2 removed</source>
        <translation>Rückgängig von Lauf %1: %2 entfernt</translation>
    </message>
    <message>
        <source>%1 added, %2 already on Trakt, %3 not found, %4 unmapped</source>
        <translation>%1 hinzugefügt, %2 schon auf Trakt, %3 nicht gefunden, %4 ohne Zuordnung</translation>
    </message>
    <message>
        <source>(undone by run %1)</source>
        <translation>(rückgängig gemacht durch Lauf %1)</translation>
    </message>
    <message>
        <source>Runs to list (default 20).</source>
        <translation>Anzahl der aufgelisteten Läufe (Standard 20).</translation>
    </message>
    <message>
        <source>Write the run's report as csv or json.</source>
        <translation>Den Bericht des Laufs als csv oder json schreiben.</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>Datei für --export (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>One run: its report.</source>
        <translation>Ein Lauf: sein Bericht.</translation>
    </message>
    <message>
        <source>--export needs a run id: tsuzuki-cli runs &lt;runId&gt; --export csv</source>
        <translation>--export braucht eine Lauf-ID: tsuzuki-cli runs &lt;runId&gt; --export csv</translation>
    </message>
    <message>
        <source>(no runs yet)</source>
        <translation>(noch keine Läufe)</translation>
    </message>
    <message>
        <source>Could not write the report.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Bericht von Lauf %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>(on Trakt since %1)</source>
        <translation>(seit %1 auf Trakt)</translation>
    </message>
    <message>
        <source>Show what would be removed from Trakt, remove nothing.</source>
        <translation>Zeigen, was von Trakt entfernt würde, nichts entfernen.</translation>
    </message>
    <message>
        <source>The run to undo (tsuzuki-cli runs).</source>
        <translation>Der rückgängig zu machende Lauf (tsuzuki-cli runs).</translation>
    </message>
    <message>
        <source>usage: tsuzuki-cli undo &lt;runId&gt; [--preview]</source>
        <translation>Aufruf: tsuzuki-cli undo &lt;runId&gt; [--preview]</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1 (preview): %n play(s) would be removed from Trakt</source>
        <translation>
            <numerusform>Rückgängig von Lauf %1 (Vorschau): %n Wiedergabe würde von Trakt entfernt</numerusform>
            <numerusform>Rückgängig von Lauf %1 (Vorschau): %n Wiedergaben würden von Trakt entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were on Trakt before this run and stay.</source>
        <translation>
            <numerusform>%n Wiedergabe war schon vor diesem Lauf auf Trakt und bleibt.</numerusform>
            <numerusform>%n Wiedergaben waren schon vor diesem Lauf auf Trakt und bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of run %1 (run %2): %3 — %4 removed from Trakt, %5 were gone already, %6 still there</source>
        <translation>Rückgängig von Lauf %1 (Lauf %2): %3 — %4 von Trakt entfernt, %5 waren schon weg, %6 noch vorhanden</translation>
    </message>
    <message>
        <source>A play is &lt;anilistId&gt;:&lt;episode&gt;, e.g. 21:5 (as in sync --preview --json), got "%1".</source>
        <translation>Eine Wiedergabe ist &lt;anilistId&gt;:&lt;Folge&gt;, z. B. 21:5 (wie in sync --preview --json), angegeben wurde „%1“.</translation>
    </message>
    <message>
        <source>list (default), add or remove plays.</source>
        <translation>list (Standard), add oder remove.</translation>
    </message>
    <message>
        <source>(nothing marked "never post")</source>
        <translation>(nichts ist als „nie senden“ markiert)</translation>
    </message>
    <message>
        <source>usage: tsuzuki-cli never [list] | add &lt;anilistId:episode&gt;... | remove &lt;anilistId:episode&gt;...</source>
        <translation>Aufruf: tsuzuki-cli never [list] | add &lt;anilistId:Folge&gt;... | remove &lt;anilistId:Folge&gt;...</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will never be posted (tsuzuki-cli never remove … to undo).</source>
        <translation>
            <numerusform>%n Wiedergabe wird nie gesendet (rückgängig mit tsuzuki-cli never remove …).</numerusform>
            <numerusform>%n Wiedergaben werden nie gesendet (rückgängig mit tsuzuki-cli never remove …).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will be offered again by the next sync.</source>
        <translation>
            <numerusform>%n Wiedergabe wird beim nächsten Abgleich wieder angeboten.</numerusform>
            <numerusform>%n Wiedergaben werden beim nächsten Abgleich wieder angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>List sync runs with their counts, or one run's report (posted, skipped and why, not found, already on Trakt)</source>
        <translation>Abgleichsläufe mit ihren Zahlen auflisten oder den Bericht eines Laufs zeigen (gesendet, übersprungen und warum, nicht gefunden, schon auf Trakt)</translation>
    </message>
    <message>
        <source>Remove the plays a run posted from Trakt (never plays that were there before) and roll the ledger back</source>
        <translation>Die von einem Lauf gesendeten Wiedergaben von Trakt entfernen (nie solche, die vorher da waren) und die Aufzeichnung zurücksetzen</translation>
    </message>
    <message>
        <source>The never-post list: plays no sync offers until they are removed from it</source>
        <translation>Die Nie-senden-Liste: Wiedergaben, die kein Abgleich anbietet, bis sie aus der Liste entfernt werden</translation>
    </message>
    <message>
        <source>Preview (%1): %2 plays to post, %3 already synced, %4 already on Trakt, %5 unmapped</source>
        <translation>Vorschau (%1): %2 Wiedergaben zu senden, %3 bereits synchronisiert, %4 schon auf Trakt, %5 ohne Zuordnung</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Sync %1 (run %2): %3 — found %4, synced %5, added %6, already synced %7, already on Trakt %8, unmapped %9, not found %10</source>
        <translation>Abgleich %1 (Lauf %2): %3 — gefunden %4, synchronisiert %5, hinzugefügt %6, bereits synchronisiert %7, schon auf Trakt %8, ohne Zuordnung %9, nicht gefunden %10</translation>
    </message>
    <message>
        <source>Post plays Trakt already has, as second plays (normally they are skipped).</source>
        <translation>Wiedergaben, die Trakt schon hat, als zweite Wiedergabe senden (normalerweise werden sie übersprungen).</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>%1 = AniList or Trakt, %2 = the id, %3 = "Title (year)"</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>--no-check takes a numeric Trakt id only; "%1" has to be looked up.</source>
        <translation>--no-check nimmt nur eine numerische Trakt-ID; „%1“ muss nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Take a numeric Trakt id as it is, without asking Trakt (offline).</source>
        <translation>Eine numerische Trakt-ID unverändert übernehmen, ohne Trakt zu fragen (offline).</translation>
    </message>
    <message>
        <source>usage: override set &lt;trakt id|address|slug&gt; &lt;abs&gt; &lt;season&gt; &lt;episode&gt; | remove &lt;traktId&gt; &lt;abs&gt; | list</source>
        <translation>Aufruf: override set &lt;trakt id|address|slug&gt; &lt;abs&gt; &lt;season&gt; &lt;episode&gt; | remove &lt;traktId&gt; &lt;abs&gt; | list</translation>
    </message>
    <message>
        <source>Take numeric ids as they are, without asking AniList and Trakt (offline).</source>
        <translation>Numerische IDs unverändert übernehmen, ohne AniList und Trakt zu fragen (offline).</translation>
    </message>
    <message>
        <source>AniList id, anilist.co or myanimelist.net address (required)</source>
        <translation>AniList-ID, anilist.co- oder myanimelist.net-Adresse (erforderlich)</translation>
    </message>
    <message>
        <source>Trakt id, trakt.tv address or slug, or themoviedb.org address (required)</source>
        <translation>Trakt-ID, trakt.tv-Adresse oder -Slug oder themoviedb.org-Adresse (erforderlich)</translation>
    </message>
    <message>
        <source>usage: mappings set &lt;anilist id|address&gt; &lt;trakt id|address|slug&gt; [--tmdb N] [--imdb tt..] [--tvdb N] [--no-check]</source>
        <translation>Aufruf: mappings set &lt;anilist id|address&gt; &lt;trakt id|address|slug&gt; [--tmdb N] [--imdb tt..] [--tvdb N] [--no-check]</translation>
    </message>
    <message>
        <source>--no-check takes a numeric AniList id only.</source>
        <translation>--no-check nimmt nur eine numerische AniList-ID.</translation>
    </message>
    <message>
        <source>rating %1/10 back to %2/10</source>
        <translation>Bewertung %1/10 zurück auf %2/10</translation>
    </message>
    <message>
        <source>rating %1/10 removed</source>
        <translation>Bewertung %1/10 entfernt</translation>
    </message>
    <message>
        <source>off the watchlist again</source>
        <translation>wieder von der Watchlist</translation>
    </message>
    <message>
        <source>back on the watchlist</source>
        <translation>wieder auf die Watchlist</translation>
    </message>
    <message>
        <source>off the dropped list again</source>
        <translation>wieder von der Liste der abgebrochenen Serien</translation>
    </message>
    <message>
        <source>%1 rating(s) and list change(s) put back, %2 not</source>
        <translation>%1 Bewertung(en) und Listenänderung(en) zurückgesetzt, %2 nicht</translation>
    </message>
    <message>
        <source>rewatch %1 (date spread: AniList keeps only the count)</source>
        <translation>Wiederholung %1 (Datum verteilt: AniList speichert nur die Anzahl)</translation>
    </message>
    <message>
        <source>rewatch %1 (dated by the AniList activity)</source>
        <translation>Wiederholung %1 (Datum aus der AniList-Aktivität)</translation>
    </message>
    <message>
        <source>Extras (%1): %2 rewatches, %3 ratings, %4 to the watchlist, %5 off the watchlist, %6 dropped</source>
        <translation>Extras (%1): %2 Wiederholungen, %3 Bewertungen, %4 auf die Watchlist, %5 von der Watchlist, %6 abgebrochen</translation>
    </message>
    <message>
        <source>Extras: %1 rewatches, %2 ratings, %3 to the watchlist, %4 off the watchlist, %5 dropped, %6 not sent</source>
        <translation>Extras: %1 Wiederholungen, %2 Bewertungen, %3 auf die Watchlist, %4 von der Watchlist, %5 abgebrochen, %6 nicht gesendet</translation>
    </message>
    <message>
        <source>Also sync these, comma-separated: rewatches, ratings, watchlist, dropped (or all, none). Default: what Settings chose.</source>
        <translation>Auch diese synchronisieren, durch Kommas getrennt: rewatches, ratings, watchlist, dropped (oder all, none). Standard: was in den Einstellungen gewählt ist.</translation>
    </message>
    <message>
        <source>How a score between two Trakt ratings is rounded: nearest (default), down, up.</source>
        <translation>Wie eine Wertung zwischen zwei Trakt-Bewertungen gerundet wird: nearest (Standard), down, up.</translation>
    </message>
    <message>
        <source>--with: unknown "%1"; use rewatches, ratings, watchlist, dropped, all or none.</source>
        <translation>--with: unbekannt „%1“; verwenden Sie rewatches, ratings, watchlist, dropped, all oder none.</translation>
    </message>
    <message>
        <source>--rating-rounding: use nearest, down or up (not "%1").</source>
        <translation>--rating-rounding: verwenden Sie nearest, down oder up (nicht „%1“).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli::ProgressPrinter</name>
    <message>
        <source>downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <extracomment>%1 = source, %2 = stage (downloading, reading, writing), %3 = percent</extracomment>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2 …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ConnectionTester</name>
    <message>
        <source>Connected: %1. Schema version %2 of %3.</source>
        <translation>Verbunden: %1. Schemaversion %2 von %3.</translation>
    </message>
    <message>
        <source>The SQLite file opens (SQLite %1). Schema version %2 of %3.</source>
        <translation>Die SQLite-Datei lässt sich öffnen (SQLite %1). Schemaversion %2 von %3.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DashboardTab</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Recent progress</source>
        <translation>Letzter Fortschritt</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last episode</source>
        <translation>Letzte Episode</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Source updated:</source>
        <translation>Quelle aktualisiert:</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Last manual sync:</source>
        <translation>Letzte manuelle Synchronisierung:</translation>
    </message>
    <message>
        <source>Last automated sync:</source>
        <translation>Letzte automatische Synchronisierung:</translation>
    </message>
    <message>
        <source>Last completed library:</source>
        <translation>Letzte Bibliothek „Abgeschlossen“:</translation>
    </message>
    <message>
        <source>Last watching library:</source>
        <translation>Letzte Bibliothek „Am Schauen“:</translation>
    </message>
    <message>
        <source>Next scheduled run:</source>
        <translation>Nächster geplanter Lauf:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>AniList:</source>
        <translation>AniList:</translation>
    </message>
    <message>
        <source>Trakt:</source>
        <translation>Trakt:</translation>
    </message>
    <message>
        <source>Needs mapping:</source>
        <translation>Zuordnung nötig:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Full sync…</source>
        <translation>&amp;Vollständige Synchronisierung …</translation>
    </message>
    <message>
        <source>New AniList activity since the last run</source>
        <translation>Neue AniList-Aktivität seit dem letzten Lauf</translation>
    </message>
    <message>
        <source>&amp;Completed library…</source>
        <translation>Bibliothek „Abgeschlosse&amp;n“ …</translation>
    </message>
    <message>
        <source>Every completed entry in your AniList library</source>
        <translation>Jeder abgeschlossene Eintrag Ihrer AniList-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Watching library…</source>
        <translation>Bibliothek „Am Scha&amp;uen“ …</translation>
    </message>
    <message>
        <source>Every entry you are watching</source>
        <translation>Jeder Eintrag, den Sie gerade schauen</translation>
    </message>
    <message>
        <source>AniList id or address</source>
        <translation>AniList-ID oder -Adresse</translation>
    </message>
    <message>
        <source>Downloading… %p%</source>
        <translation>Wird heruntergeladen … %p %</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Wird importiert … %p %</translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>Zeitplan aus</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Sync o&amp;ne show…</source>
        <translation>Eine Serie synchron&amp;isieren …</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Database</name>
    <message>
        <source>The database reported an error while %1.</source>
        <translation>Die Datenbank meldete einen Fehler beim %1.</translation>
    </message>
    <message>
        <source>Internal error: database connection name in use.</source>
        <translation>Interner Fehler: Der Name der Datenbankverbindung ist schon vergeben.</translation>
    </message>
    <message>
        <source>Port 6543 is Supabase's transaction pooler, which drops the prepared statements Tsuzuki uses between transactions. Use the session pooler or a direct connection (port 5432) instead.</source>
        <translation>Port 6543 ist der Transaktions-Pooler von Supabase, der die vorbereiteten Anweisungen, die Tsuzuki nutzt, zwischen Transaktionen verwirft. Verwenden Sie stattdessen den Session-Pooler oder eine direkte Verbindung (Port 5432).</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed (Debian: %2).</source>
        <translation>Der Qt-Datenbanktreiber %1 ist nicht installiert (Debian: %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>Der Ordner für die Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the user name or password for %1.</source>
        <translation>PostgreSQL hat den Benutzernamen oder das Passwort für %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (sslmode=%2).</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (sslmode=%2).</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Nothing answered at %1:%2. Is the server running and reachable?</source>
        <translation>Unter %1:%2 antwortete nichts. Läuft der Server und ist er erreichbar?</translation>
    </message>
    <message>
        <source>The database or user does not exist on %1.</source>
        <translation>Die Datenbank oder der Benutzer existiert auf %1 nicht.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1:%2.</source>
        <translation>Keine Verbindung zu PostgreSQL unter %1:%2.</translation>
    </message>
    <message>
        <source>Could not open the database file %1.</source>
        <translation>Die Datenbankdatei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>Vorbereiten von „%1“</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>Ausführen von „%1“</translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved.</source>
        <translation>Ein verschachtelter Schritt ist fehlgeschlagen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>this database was written by a newer Tsuzuki (schema %1); update Tsuzuki</source>
        <translation>diese Datenbank wurde von einem neueren Tsuzuki geschrieben (Schema %1); aktualisieren Sie Tsuzuki</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabasePage</name>
    <message>
        <source>&amp;SQLite file (nothing to set up)</source>
        <translation>&amp;SQLite-Datei (keine Einrichtung nötig)</translation>
    </message>
    <message>
        <source>Empty: the built-in file, %1</source>
        <translation>Leer: die eingebaute Datei, %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL or Supabase server</source>
        <translation>&amp;PostgreSQL- oder Supabase-Server</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Supabase: use the session pooler (port 5432) or a direct connection; the transaction pooler (port 6543) does not keep the prepared statements Tsuzuki uses.</source>
        <translation>Supabase: Verwenden Sie den Session-Pooler (Port 5432) oder eine direkte Verbindung; der Transaktions-Pooler (Port 6543) behält die vorbereiteten Anweisungen nicht, die Tsuzuki nutzt.</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate (sslmode=verify-full, with this system's certificate authorities)</source>
        <translation>Zertifikat des Servers &amp;prüfen (sslmode=verify-full, mit den Zertifizierungsstellen dieses Systems)</translation>
    </message>
    <message>
        <source>Supabase signs its database certificates with its own CA: download it (Database Settings → SSL Configuration) and add sslrootcert=/path/to/the.crt to the URI.</source>
        <translation>Supabase signiert seine Datenbankzertifikate mit einer eigenen Zertifizierungsstelle: Laden Sie deren Zertifikat herunter (Database Settings → SSL Configuration) und fügen Sie sslrootcert=/pfad/zur/datei.crt zur URI hinzu.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>Verbindungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Changing the database reconnects the app. The password is stored in the system keychain, never in the settings file.</source>
        <translation>Beim Wechsel der Datenbank verbindet sich die App neu. Das Passwort wird im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>SQLite file for Tsuzuki</source>
        <translation>SQLite-Datei für Tsuzuki</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: add a file name, for example tsuzuki.sqlite.</source>
        <translation>%1 ist ein Ordner: Fügen Sie einen Dateinamen hinzu, zum Beispiel tsuzuki.sqlite.</translation>
    </message>
    <message>
        <source>This is the path of a file: choose "SQLite file" above and enter it there.</source>
        <translation>Das ist der Pfad einer Datei: Wählen Sie oben „SQLite-Datei“ und geben Sie ihn dort ein.</translation>
    </message>
    <message>
        <source>Enter a URI that starts with postgresql:// (Supabase: Project Settings → Database → Connection string).</source>
        <translation>Geben Sie einen URI ein, der mit postgresql:// beginnt (Supabase: Project Settings → Database → Connection string).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation>Keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL connection URI. Expected postgresql://user@host:port/database.</source>
        <translation>Das ist kein gültiger PostgreSQL-Verbindungs-URI. Erwartet: postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The connection URI needs a user name (postgresql://user@host/db).</source>
        <translation>Der Verbindungs-URI braucht einen Benutzernamen (postgresql://benutzer@host/db).</translation>
    </message>
    <message>
        <source>Unknown sslmode "%1".</source>
        <translation>Unbekannter sslmode „%1“.</translation>
    </message>
    <message>
        <source>Only postgresql:// URIs and SQLite file paths are supported.</source>
        <translation>Nur postgresql://-URIs und SQLite-Dateipfade werden unterstützt.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseThread</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EnvSecretStore</name>
    <message>
        <source>The %1 cannot be given as an environment variable.</source>
        <translation>%1 kann nicht als Umgebungsvariable angegeben werden.</translation>
    </message>
    <message>
        <source>No %1: the environment variable %2 is not set.</source>
        <translation>Kein %1: Die Umgebungsvariable %2 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only.</source>
        <translation>Geheimnisse aus Umgebungsvariablen sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only: change or unset %1 where Tsuzuki is started.</source>
        <translation>Geheimnisse aus Umgebungsvariablen sind schreibgeschützt: Ändern oder entfernen Sie %1 dort, wo Tsuzuki gestartet wird.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodeMapper</name>
    <message>
        <source>No Trakt title is known for this AniList entry.</source>
        <translation>Für diesen AniList-Eintrag ist kein Trakt-Titel bekannt.</translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation>Episode %1 ist keine gültige Episodennummer.</translation>
    </message>
    <message>
        <source>Not verified: Trakt's seasons are not known offline.</source>
        <translation>Nicht geprüft: Trakts Staffeln sind offline nicht bekannt.</translation>
    </message>
    <message>
        <source>Trakt's seasons of this show are not known (fetch them online once).</source>
        <translation>Trakts Staffeln dieser Serie sind nicht bekannt (einmal online abrufen).</translation>
    </message>
    <message>
        <source>Absolute episode %1 is not in Trakt's seasons (they end at %2).</source>
        <translation>Die absolute Episode %1 liegt nicht in Trakts Staffeln (sie enden bei %2).</translation>
    </message>
    <message>
        <source>%1 set aside: it numbers episodes like TVDB, and this show's TVDB numbering is not known to match TMDB's (which Trakt uses).</source>
        <translation>%1 beiseitegelegt: Es zählt Folgen wie TVDB, und es ist nicht bekannt, dass TVDBs Zählung dieser Serie der von TMDB entspricht (die Trakt verwendet).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodePattern</name>
    <message>
        <source>Episode pattern "%1": "%2" is not eA, eA-eB, eA- or -eB.</source>
        <translation>Episodenmuster „%1“: „%2“ ist weder eA, eA-eB, eA- noch -eB.</translation>
    </message>
    <message>
        <source>Episode pattern "%1": a ratio of 0 in "%2".</source>
        <translation>Episodenmuster „%1“: Verhältnis 0 in „%2“.</translation>
    </message>
    <message>
        <source>Episode pattern "%1": the range "%2" ends before it starts.</source>
        <translation>Episodenmuster „%1“: Der Bereich „%2“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>"%1" is not a season key like s1.</source>
        <translation>„%1“ ist kein Staffelschlüssel wie s1.</translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation>Episode %1 ist keine gültige Episodennummer.</translation>
    </message>
    <message>
        <source>Episode %1 is past the end of the episode pattern.</source>
        <translation>Episode %1 liegt hinter dem Ende des Episodenmusters.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasChoice</name>
    <message>
        <source>Re&amp;watches as extra plays</source>
        <translation>Wieder&amp;holungen als zusätzliche Wiedergaben</translation>
    </message>
    <message>
        <source>Episodes you rewatched (AniList's "rewatched" activities and repeat counts) are posted to your Trakt history as extra plays, each once. Not sent when Trakt's "watch only once" setting is on. Undoing the run removes them again.</source>
        <translation>Erneut angesehene Folgen (AniLists „rewatched“-Aktivitäten und Wiederholungszähler) werden als zusätzliche Wiedergaben in Ihren Trakt-Verlauf gesendet, jede einmal. Nicht gesendet, wenn Trakts Einstellung „watch only once“ an ist. Wird der Lauf rückgängig gemacht, werden sie wieder entfernt.</translation>
    </message>
    <message>
        <source>&amp;Ratings (AniList score → Trakt rating)</source>
        <translation>&amp;Bewertungen (AniList-Wertung → Trakt-Bewertung)</translation>
    </message>
    <message>
        <source>Your AniList scores become Trakt ratings (1–10) of the show, season or movie; only changed ones are sent, and an unrated entry never removes a Trakt rating. Undoing the run puts the previous rating back.</source>
        <translation>Ihre AniList-Wertungen werden zu Trakt-Bewertungen (1–10) der Serie, Staffel oder des Films; nur geänderte werden gesendet, und ein unbewerteter Eintrag entfernt nie eine Trakt-Bewertung. Wird der Lauf rückgängig gemacht, gilt wieder die vorherige Bewertung.</translation>
    </message>
    <message>
        <source>Planning → Trakt wa&amp;tchlist</source>
        <translation>&amp;Geplant → Trakt-Watchlist</translation>
    </message>
    <message>
        <source>Anime you plan to watch on AniList go on your Trakt watchlist; once you start one, it comes off again if Tsuzuki put it there. Undoing the run takes them back.</source>
        <translation>Anime, die Sie auf AniList geplant haben, kommen auf Ihre Trakt-Watchlist; sobald Sie einen beginnen, kommt er wieder herunter, wenn Tsuzuki ihn dort eingetragen hat. Wird der Lauf rückgängig gemacht, wird das zurückgenommen.</translation>
    </message>
    <message>
        <source>&amp;Dropped → Trakt's dropped shows</source>
        <translation>Abgebro&amp;chen → Trakts abgebrochene Serien</translation>
    </message>
    <message>
        <source>Shows you dropped on AniList are added to Trakt's dropped shows (paused ones stay untouched). Undoing the run takes them back.</source>
        <translation>Serien, die Sie auf AniList abgebrochen haben, kommen zu Trakts abgebrochenen Serien (pausierte bleiben unberührt). Wird der Lauf rückgängig gemacht, wird das zurückgenommen.</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abrunden</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <source>How a score between two Trakt ratings is rounded</source>
        <translation>Wie eine Wertung zwischen zwei Trakt-Bewertungen gerundet wird</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>R&amp;undung:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>rounded to nearest</source>
        <translation>auf die nächste gerundet</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>abgerundet</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>aufgerundet</translation>
    </message>
    <message>
        <source>Trakt rating = score ÷ its maximum × 10, %1, at least 1: %2. Unrated entries send nothing.</source>
        <translation>Trakt-Bewertung = Wertung ÷ ihr Höchstwert × 10, %1, mindestens 1: %2. Unbewertete Einträge senden nichts.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasModel</name>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>Staffel %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Rating %1/10 (was %2/10)</source>
        <translation>Bewertung %1/10 (vorher %2/10)</translation>
    </message>
    <message>
        <source>Rating %1/10</source>
        <translation>Bewertung %1/10</translation>
    </message>
    <message>
        <source>Onto the watchlist</source>
        <translation>Auf die Watchlist</translation>
    </message>
    <message>
        <source>Off the watchlist</source>
        <translation>Von der Watchlist</translation>
    </message>
    <message>
        <source>Onto the dropped shows</source>
        <translation>Zu den abgebrochenen Serien</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Movie · rewatch %1</source>
        <translation>Film · Wiederholung %1</translation>
    </message>
    <message>
        <source>Ep %1 · rewatch %2</source>
        <translation>Folge %1 · Wiederholung %2</translation>
    </message>
    <message>
        <source>Date from the AniList activity</source>
        <translation>Datum aus der AniList-Aktivität</translation>
    </message>
    <message>
        <source>Date spread over the entry's dates</source>
        <translation>Datum über die Daten des Eintrags verteilt</translation>
    </message>
    <message>
        <source>AniList keeps only the count of rewatches, not when they were: the dates are spread between the entry's start and finish.</source>
        <translation>AniList speichert nur die Anzahl der Wiederholungen, nicht wann sie waren: die Daten werden zwischen Beginn und Ende des Eintrags verteilt.</translation>
    </message>
    <message>
        <source>Add to the Trakt watchlist</source>
        <translation>Zur Trakt-Watchlist hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the Trakt watchlist</source>
        <translation>Von der Trakt-Watchlist entfernen</translation>
    </message>
    <message>
        <source>Add to Trakt's dropped shows</source>
        <translation>Zu Trakts abgebrochenen Serien hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>On Trakt</source>
        <translation>Auf Trakt</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Extras Trakt did not find</source>
        <translation>Extras, die Trakt nicht fand</translation>
    </message>
    <message>
        <source>Trakt does not know these titles; nothing changed there. Fix the mapping and the next run sends them.</source>
        <translation>Trakt kennt diese Titel nicht; dort hat sich nichts geändert. Korrigieren Sie die Zuordnung, dann sendet der nächste Lauf sie.</translation>
    </message>
    <message>
        <source>Extras that failed</source>
        <translation>Fehlgeschlagene Extras</translation>
    </message>
    <message>
        <source>Trakt did not take these; nothing changed there. The next run offers them again.</source>
        <translation>Trakt hat diese nicht angenommen; dort hat sich nichts geändert. Der nächste Lauf bietet sie erneut an.</translation>
    </message>
    <message>
        <source>Extras sent to Trakt</source>
        <translation>An Trakt gesendete Extras</translation>
    </message>
    <message>
        <source>Trakt took these ratings and list changes; undoing the run puts them back.</source>
        <translation>Trakt hat diese Bewertungen und Listenänderungen angenommen; wird der Lauf rückgängig gemacht, wird das zurückgesetzt.</translation>
    </message>
    <message>
        <source>Extras undone</source>
        <translation>Rückgängig gemachte Extras</translation>
    </message>
    <message>
        <source>An undo put these back as they were.</source>
        <translation>Ein Rückgängigmachen hat diese wiederhergestellt.</translation>
    </message>
    <message>
        <source>rating %1/10 back to %2/10</source>
        <translation>Bewertung %1/10 zurück auf %2/10</translation>
    </message>
    <message>
        <source>rating %1/10 removed (there was none)</source>
        <translation>Bewertung %1/10 entfernt (vorher keine)</translation>
    </message>
    <message>
        <source>off the watchlist again</source>
        <translation>wieder von der Watchlist</translation>
    </message>
    <message>
        <source>back on the watchlist</source>
        <translation>wieder auf die Watchlist</translation>
    </message>
    <message>
        <source>off the dropped shows again</source>
        <translation>wieder aus den abgebrochenen Serien</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>(season %1)</source>
        <translation>(Staffel %1)</translation>
    </message>
    <message>
        <source>Put back: %1: %2</source>
        <translation>Zurücksetzen: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Your Trakt account has "watch only once" on: %n rewatch(es) are not sent (see Skipped).</source>
        <translation>
            <numerusform>Ihr Trakt-Konto hat „watch only once“ an: %n Wiederholung wird nicht gesendet (siehe Übersprungen).</numerusform>
            <numerusform>Ihr Trakt-Konto hat „watch only once“ an: %n Wiederholungen werden nicht gesendet (siehe Übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) do not fit in your Trakt watchlist's limit and are not sent (see Skipped).</source>
        <translation>
            <numerusform>%n Titel passt nicht in das Limit Ihrer Trakt-Watchlist und wird nicht gesendet (siehe Übersprungen).</numerusform>
            <numerusform>%n Titel passen nicht in das Limit Ihrer Trakt-Watchlist und werden nicht gesendet (siehe Übersprungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasPlanner</name>
    <message>
        <source>Planning on AniList: add to the Trakt watchlist</source>
        <translation>Auf AniList geplant: zur Trakt-Watchlist hinzufügen</translation>
    </message>
    <message>
        <source>Started on AniList: remove from the Trakt watchlist (Tsuzuki added it)</source>
        <translation>Auf AniList begonnen: von der Trakt-Watchlist entfernen (Tsuzuki hat sie hinzugefügt)</translation>
    </message>
    <message>
        <source>Does not fit: your Trakt watchlist holds at most %1 items and has %2</source>
        <translation>Passt nicht: Ihre Trakt-Watchlist fasst höchstens %1 Einträge und hat %2</translation>
    </message>
    <message>
        <source>Dropped on AniList: add to Trakt's dropped shows</source>
        <translation>Auf AniList abgebrochen: zu Trakts abgebrochenen Serien hinzufügen</translation>
    </message>
    <message>
        <source>Not sent: "watch only once" is on in your Trakt settings</source>
        <translation>Nicht gesendet: „watch only once“ ist in Ihren Trakt-Einstellungen an</translation>
    </message>
    <message numerus="yes">
        <source>Already on Trakt (%n plays)</source>
        <translation>
            <numerusform>Schon auf Trakt (%n Wiedergabe)</numerusform>
            <numerusform>Schon auf Trakt (%n Wiedergaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated: this entry is part of a Trakt season (from episode %1), and Trakt rates whole seasons</source>
        <translation>Nicht bewertet: dieser Eintrag ist Teil einer Trakt-Staffel (ab Folge %1), und Trakt bewertet ganze Staffeln</translation>
    </message>
    <message>
        <source>AniList %1 → Trakt %2/10 (replaces %3/10)</source>
        <translation>AniList %1 → Trakt %2/10 (ersetzt %3/10)</translation>
    </message>
    <message>
        <source>AniList %1 → Trakt %2/10</source>
        <translation>AniList %1 → Trakt %2/10</translation>
    </message>
    <message>
        <source>(season %1)</source>
        <translation>(Staffel %1)</translation>
    </message>
    <message>
        <source>No Trakt mapping found</source>
        <translation>Keine Trakt-Zuordnung gefunden</translation>
    </message>
    <message>
        <source>Ratings, the watchlist and dropped shows are planned once you are logged in to Trakt (Settings → Accounts).</source>
        <translation>Bewertungen, Watchlist und abgebrochene Serien werden geplant, sobald Sie bei Trakt angemeldet sind (Einstellungen → Konten).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasPoster</name>
    <message>
        <source>Trakt did not answer; it does not show these changes, so they were not made.</source>
        <translation>Trakt hat nicht geantwortet; dort sind diese Änderungen nicht zu sehen, sie wurden also nicht vorgenommen.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::FribbsImporter</name>
    <message>
        <source>expected a JSON array of entries (Fribb's anime-list-full.json), found %1.</source>
        <translation>Erwartet wurde ein JSON-Array von Einträgen (Fribbs anime-list-full.json), gefunden wurde %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>entry %1 is not an object.</source>
        <translation>Eintrag %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>none of the %1 entries has an anilist_id (is this Fribb's AniList-keyed list?).</source>
        <translation>Keiner der %1 Einträge hat eine anilist_id (ist das Fribbs nach AniList geordnete Liste?).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::GroupedItemsModel</name>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a group heading and how many lines it has: "Already synced (12)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>On Trakt</source>
        <translation>Auf Trakt</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::HttpClient</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s.</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB, more than this request can take; it was not read.</source>
        <translation>%1 hat eine Antwort größer als %2 MiB geschickt, mehr als diese Anfrage annimmt; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which Tsuzuki does not follow for this request.</source>
        <translation>%1 hat mit einer Weiterleitung nach %2 geantwortet, der Tsuzuki bei dieser Anfrage nicht folgt.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdMapRepository</name>
    <message>
        <source>Internal error: a row of another source.</source>
        <translation>Interner Fehler: eine Zeile einer anderen Quelle.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdParser</name>
    <message>
        <source>Enter an AniList id or paste the anime's AniList address.</source>
        <translation>Geben Sie eine AniList-ID ein oder fügen Sie die AniList-Adresse des Animes ein.</translation>
    </message>
    <message>
        <source>Not an AniList id or anilist.co address.</source>
        <translation>Keine AniList-ID und keine anilist.co-Adresse.</translation>
    </message>
    <message>
        <source>This is a manga; Tsuzuki syncs anime only.</source>
        <translation>Das ist ein Manga; Tsuzuki synchronisiert nur Anime.</translation>
    </message>
    <message>
        <source>This AniList address has no anime id (expected anilist.co/anime/&lt;id&gt;).</source>
        <translation>Diese AniList-Adresse enthält keine Anime-ID (erwartet: anilist.co/anime/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Enter a Trakt id or paste the show's Trakt address.</source>
        <translation>Geben Sie eine Trakt-ID ein oder fügen Sie die Trakt-Adresse der Serie ein.</translation>
    </message>
    <message>
        <source>Not a Trakt id or trakt.tv address.</source>
        <translation>Keine Trakt-ID und keine trakt.tv-Adresse.</translation>
    </message>
    <message>
        <source>This Trakt address is not a show or movie page (expected trakt.tv/shows/&lt;name&gt;).</source>
        <translation>Diese Trakt-Adresse ist keine Serien- oder Filmseite (erwartet: trakt.tv/shows/&lt;name&gt;).</translation>
    </message>
    <message>
        <source>Enter a TMDB id or paste a themoviedb.org address.</source>
        <translation>Geben Sie eine TMDB-ID ein oder fügen Sie eine themoviedb.org-Adresse ein.</translation>
    </message>
    <message>
        <source>Not a TMDB id or themoviedb.org address.</source>
        <translation>Keine TMDB-ID und keine themoviedb.org-Adresse.</translation>
    </message>
    <message>
        <source>This TMDB address has no tv or movie id.</source>
        <translation>Diese TMDB-Adresse enthält keine Serien- oder Film-ID.</translation>
    </message>
    <message>
        <source>Enter a TVDB id or paste a thetvdb.com address.</source>
        <translation>Geben Sie eine TVDB-ID ein oder fügen Sie eine thetvdb.com-Adresse ein.</translation>
    </message>
    <message>
        <source>Not a TVDB id or thetvdb.com address.</source>
        <translation>Keine TVDB-ID und keine thetvdb.com-Adresse.</translation>
    </message>
    <message>
        <source>This TVDB address has no series id.</source>
        <translation>Diese TVDB-Adresse enthält keine Serien-ID.</translation>
    </message>
    <message>
        <source>An IMDb id looks like tt0388629.</source>
        <translation>Eine IMDb-ID sieht aus wie tt0388629.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdResolver</name>
    <message>
        <source>No mapping source knows AniList %1: add a manual mapping.</source>
        <translation>Keine Zuordnungsquelle kennt AniList %1: Fügen Sie eine manuelle Zuordnung hinzu.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ImportHelpers</name>
    <message>
        <source>%1 mappings: %2</source>
        <extracomment>%1 = mapping source (Otaku, Fribbs, AniBridge), %2 = what is wrong</extracomment>
        <translation>%1-Zuordnungen: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is an HTML or XML page, not mapping data (a download error page?).</source>
        <translation>Die Datei ist eine HTML- oder XML-Seite, keine Zuordnungsdaten (eine Fehlerseite des Downloads?).</translation>
    </message>
    <message>
        <source>the file is a SQLite database, not JSON.</source>
        <translation>Die Datei ist eine SQLite-Datenbank, kein JSON.</translation>
    </message>
    <message>
        <source>the JSON ends early at byte %1 (a truncated file?).</source>
        <translation>Das JSON endet vorzeitig bei Byte %1 (eine abgeschnittene Datei?).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>%1 mappings: saving failed; the previous data is unchanged. %2</source>
        <translation>%1-Zuordnungen: Speichern fehlgeschlagen; die bisherigen Daten sind unverändert. %2</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::JsonStreamReader</name>
    <message>
        <source>the file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the JSON ends early at byte %1 (a truncated file?).</source>
        <translation>Das JSON endet vorzeitig bei Byte %1 (eine abgeschnittene Datei?).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (expected '%1' at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (an Byte %2 wurde „%1“ erwartet).</translation>
    </message>
    <message>
        <source>a string at byte %1 is longer than 1 MiB.</source>
        <translation>Eine Zeichenkette an Byte %1 ist länger als 1 MiB.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (control character in a string at byte %1).</source>
        <translation>Die Datei ist kein gültiges JSON (Steuerzeichen in einer Zeichenkette an Byte %1).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (bad \u escape at byte %1).</source>
        <translation>Die Datei ist kein gültiges JSON (ungültiges \u-Escape an Byte %1).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (bad escape at byte %1).</source>
        <translation>Die Datei ist kein gültiges JSON (ungültiges Escape an Byte %1).</translation>
    </message>
    <message>
        <source>the file is not valid JSON (unexpected text at byte %1).</source>
        <translation>Die Datei ist kein gültiges JSON (unerwarteter Text an Byte %1).</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep.</source>
        <translation>Das JSON ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (expected ',' at byte %1).</source>
        <translation>Die Datei ist kein gültiges JSON (an Byte %1 wurde „,“ erwartet).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>On a server without a keyring, use the environment variables instead.</source>
        <translation>Verwenden Sie auf einem Server ohne Schlüsselbund stattdessen die Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>On a server without a keyring, set the environment variable %1 instead.</source>
        <translation>Setzen Sie auf einem Server ohne Schlüsselbund stattdessen die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the %1 cannot be used. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar, daher kann %1 nicht verwendet werden. Starten oder entsperren Sie Ihren Schlüsselbund (GNOME Keyring, KWallet oder einen anderen Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No %1 is stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund ist kein %1 gespeichert.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the %1 cannot be used. Allow Tsuzuki to use the keychain and try again.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert, daher kann %1 nicht verwendet werden. Erlauben Sie Tsuzuki den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The %1 could not be deleted from the system keychain.</source>
        <translation>%1 konnte nicht aus dem System-Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <source>This system's keychain cannot store the %1. Use the environment variables instead.</source>
        <translation>Der Schlüsselbund dieses Systems kann %1 nicht speichern. Verwenden Sie stattdessen die Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1.</source>
        <translation>Der System-Schlüsselbund konnte %1 nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The keyring is locked, so the %1 cannot be used. Unlock it (GNOME: the "Passwords and Keys" app, or log out and in again; KDE: KWallet), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann %1 nicht verwendet werden. Entsperren Sie ihn (GNOME: die App „Passwörter und Schlüssel“ oder ab- und wieder anmelden; KDE: KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no default keyring to keep the %1 in. Create one and make it the default (GNOME: the "Passwords and Keys" app, + → Password keyring, then "Set as default"; KDE: KWallet), then try again.</source>
        <translation>Es gibt keinen Standard-Schlüsselbund, in dem %1 aufbewahrt werden kann. Legen Sie einen an und machen Sie ihn zum Standard (GNOME: App „Passwörter und Schlüssel“, + → Passwort-Schlüsselbund, dann „Als Standard festlegen“; KDE: KWallet) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LayeredSecretStore</name>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1, overridden by environment variables</source>
        <translation>%1, überschrieben durch Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The system keychain is turned off, so the %1 cannot be saved. Set it as an environment variable where Tsuzuki is started.</source>
        <translation>Der System-Schlüsselbund ist ausgeschaltet, daher kann %1 nicht gespeichert werden. Setzen Sie es als Umgebungsvariable dort, wo Tsuzuki gestartet wird.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogsTab</name>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Protokoll durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>F&amp;olgen</translation>
    </message>
    <message>
        <source>Keep the newest row in view</source>
        <translation>Die neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: new rows are held back</source>
        <translation>Pausiert: Neue Zeilen werden zurückgehalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MainWindow</name>
    <message>
        <source>Tsuzuki</source>
        <translation>Tsuzuki</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation>&amp;Überschreibungen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tsuzuki</source>
        <translation>Ü&amp;ber Tsuzuki</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <source>Database not open</source>
        <translation>Datenbank nicht geöffnet</translation>
    </message>
    <message>
        <source>About Tsuzuki</source>
        <translation>Über Tsuzuki</translation>
    </message>
    <message>
        <source>Keeps your Trakt watch history in step with what you watch on AniList.&lt;br&gt;&lt;br&gt;Built with Qt %1. Mapping data: Otaku-Mappings, Fribbs anime-lists, AniBridge.</source>
        <translation>Hält Ihren Trakt-Sehverlauf mit dem auf dem gleichen Stand, was Sie auf AniList schauen.&lt;br&gt;&lt;br&gt;Erstellt mit Qt %1. Zuordnungsdaten: Otaku-Mappings, Fribbs anime-lists, AniBridge.</translation>
    </message>
    <message>
        <source>&amp;Full sync…</source>
        <translation>&amp;Vollständige Synchronisierung …</translation>
    </message>
    <message>
        <source>&amp;Completed library…</source>
        <translation>Bibliothek „Abgeschlosse&amp;n“ …</translation>
    </message>
    <message>
        <source>&amp;Watching library…</source>
        <translation>Bibliothek „Am Scha&amp;uen“ …</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n play(s) to Trakt.</source>
        <translation>
            <numerusform>%n Wiedergabe an Trakt gesendet.</numerusform>
            <numerusform>%n Wiedergaben an Trakt gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>Zeitplan aus</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>Datenbankeinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Runs…</source>
        <translation>&amp;Läufe …</translation>
    </message>
    <message>
        <source>Sync o&amp;ne show…</source>
        <translation>Eine Serie synchron&amp;isieren …</translation>
    </message>
    <message>
        <source>Set &amp;up Tsuzuki…</source>
        <translation>Tsuzuki ein&amp;richten …</translation>
    </message>
    <message>
        <source>Tsuzuki is still running</source>
        <translation>Tsuzuki läuft weiter</translation>
    </message>
    <message>
        <source>It keeps syncing from the system tray. To quit, choose Quit in the tray icon's menu.</source>
        <translation>Es synchronisiert weiter aus dem Systembereich. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Next sync: due now</source>
        <translation>Nächste Synchronisierung: jetzt fällig</translation>
    </message>
    <message>
        <source>Next sync: %1 (%2)</source>
        <translation>Nächste Synchronisierung: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) need a mapping: see Mappings → Needs mapping.</source>
        <translation>
            <numerusform>%n Wiedergabe braucht eine Zuordnung: siehe Zuordnungen → Zuordnung nötig.</numerusform>
            <numerusform>%n Wiedergaben brauchen eine Zuordnung: siehe Zuordnungen → Zuordnung nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>Synchronisierung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Sync did not run</source>
        <translation>Synchronisierung nicht ausgeführt</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDialog</name>
    <message>
        <source>Add mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;AniList (required):</source>
        <translation>&amp;AniList (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Trakt (required):</source>
        <translation>&amp;Trakt (erforderlich):</translation>
    </message>
    <message>
        <source>T&amp;MDB:</source>
        <translation>T&amp;MDB:</translation>
    </message>
    <message>
        <source>&amp;IMDb:</source>
        <translation>&amp;IMDb:</translation>
    </message>
    <message>
        <source>T&amp;VDB:</source>
        <translation>T&amp;VDB:</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>"%1" is the show's name on Trakt, not its id. Use the Trakt id (on the show page under "Links", or trakt.tv/shows/&lt;id&gt;).</source>
        <translation>„%1“ ist der Name der Serie bei Trakt, nicht ihre ID. Verwenden Sie die Trakt-ID (auf der Serienseite unter „Links“ oder trakt.tv/shows/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>This address names the series but has no numeric id.</source>
        <translation>Diese Adresse nennt die Serie, enthält aber keine numerische ID.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder brauchen Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Paste an id or the page address from the site (for Trakt also a TMDB address). A manual mapping wins over imported mapping data.</source>
        <translation>Fügen Sie eine ID oder die Seitenadresse der Website ein (für Trakt auch eine TMDB-Adresse). Eine manuelle Zuordnung hat Vorrang vor importierten Zuordnungsdaten.</translation>
    </message>
    <message>
        <source>Asking Trakt…</source>
        <translation>Frage Trakt …</translation>
    </message>
    <message>
        <source>Asking AniList…</source>
        <translation>Frage AniList …</translation>
    </message>
    <message>
        <source>Could not ask Trakt about "%1": %2</source>
        <translation>Trakt konnte zu „%1“ nicht befragt werden: %2</translation>
    </message>
    <message>
        <source>Could not ask AniList about "%1": %2</source>
        <translation>AniList konnte zu „%1“ nicht befragt werden: %2</translation>
    </message>
    <message>
        <source>Could not check it (%1); it is saved as entered.</source>
        <translation>Konnte nicht geprüft werden (%1); es wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>what a pasted id or address was found to be: "→ Attack on Titan (2013)"</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Trakt %1 %2</source>
        <translation>Trakt %1 %2</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>This MyAnimeList address has to be looked up on AniList first.</source>
        <translation>Diese MyAnimeList-Adresse muss zuerst bei AniList nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>A TMDB address has to be looked up on Trakt first.</source>
        <translation>Eine TMDB-Adresse muss zuerst bei Trakt nachgeschlagen werden.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDownloader</name>
    <message>
        <source>%1 mappings: the download from %2 failed: %3</source>
        <extracomment>%1 = mapping source (Otaku, Fribbs, AniBridge), %2 = URL, %3 = what went wrong</extracomment>
        <translation>%1-Zuordnungen: Der Download von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the URL is not valid (check %1).</source>
        <translation>Die URL ist ungültig (prüfen Sie %1).</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>Temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 mappings: the download was cancelled; nothing was changed.</source>
        <translation>%1-Zuordnungen: Der Download wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>cannot write the temporary file: %1</source>
        <translation>Temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; nothing was changed.</source>
        <translation>Die Datei ist größer als %1; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s); nothing was changed.</source>
        <translation>
            <numerusform>%n Sekunde lang keine Daten; nichts wurde geändert.</numerusform>
            <numerusform>%n Sekunden lang keine Daten; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1; nothing was changed.</source>
        <translation>Der Server antwortete mit HTTP %1; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the connection closed before the whole file arrived (truncated); nothing was changed.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Datei ankam (abgeschnitten); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived (truncated); nothing was changed.</source>
        <translation>%1 von %2 Bytes kamen an (abgeschnitten); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the server sent an empty file; nothing was changed.</source>
        <translation>Der Server hat eine leere Datei gesendet; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of the data file (wrong URL, or an error page); nothing was changed.</source>
        <translation>Der Server hat statt der Datendatei eine HTML-Seite gesendet (falsche URL oder eine Fehlerseite); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 (downloaded from %2)</source>
        <extracomment>%1 = the importer's message (names the source and the problem), %2 = URL</extracomment>
        <translation>%1 (heruntergeladen von %2)</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingExplainDialog</name>
    <message>
        <source>Mapping details</source>
        <translation>Zuordnungsdetails</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Trakt</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <source>TMDB</source>
        <translation>TMDB</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>AniList %1, episode %2: %3</source>
        <extracomment>%1 = AniList id, %2 = episode number, %3 = show or movie</extracomment>
        <translation>AniList %1, Folge %2: %3</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschied</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>weicht ab</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingExplainer</name>
    <message>
        <source>episode override</source>
        <translation>Folgen-Korrektur</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>auto (saved by an earlier lookup)</source>
        <translation>automatisch (von einer früheren Suche gespeichert)</translation>
    </message>
    <message>
        <source>explicitly unmapped in %1</source>
        <translation>in %1 ausdrücklich ohne Zuordnung</translation>
    </message>
    <message>
        <source>absolute numbering</source>
        <translation>absolute Zählung</translation>
    </message>
    <message>
        <source>%1 says %2, the result is a %3.</source>
        <translation>%1 sagt %2, das Ergebnis ist: %3.</translation>
    </message>
    <message>
        <source>%1 names TMDB %2, the result uses TMDB %3.</source>
        <translation>%1 nennt TMDB %2, das Ergebnis verwendet TMDB %3.</translation>
    </message>
    <message>
        <source>%1 says %2, the result is %3.</source>
        <translation>%1 sagt %2, das Ergebnis ist %3.</translation>
    </message>
    <message>
        <source>The Trakt title comes from %1.</source>
        <translation>Der Trakt-Titel stammt aus %1.</translation>
    </message>
    <message>
        <source>Episode %1 → %2 by rule %3 (%4).</source>
        <translation>Folge %1 → %2 nach Regel %3 (%4).</translation>
    </message>
    <message>
        <source>A movie: one play.</source>
        <translation>Ein Film: eine Wiedergabe.</translation>
    </message>
    <message>
        <source>Needs a mapping: %1</source>
        <translation>Braucht eine Zuordnung: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingFile</name>
    <message>
        <source>cannot open "%1": the file does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>"%1" is %2; give the path of a downloaded mapping file.</source>
        <extracomment>%1 = path, %2 = what it is (a folder, a pipe, a device)</extracomment>
        <translation>„%1“ ist %2; gib den Pfad einer heruntergeladenen Zuordnungsdatei an.</translation>
    </message>
    <message>
        <source>cannot open "%1": %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>"%1" is %2 MiB, more than any mapping file (limit %3 MiB).</source>
        <extracomment>%1 = path, %2 = size in MiB, %3 = the limit in MiB</extracomment>
        <translation>„%1“ ist %2 MiB groß, mehr als jede Zuordnungsdatei (Grenze %3 MiB).</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>"%1" holds more than %2 MiB of data, more than any mapping file.</source>
        <translation>„%1“ enthält mehr als %2 MiB Daten, mehr als jede Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>cannot read "%1": %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>"%1" is not valid zstd data (%2).</source>
        <translation>„%1“ sind keine gültigen zstd-Daten (%2).</translation>
    </message>
    <message>
        <source>the compressed file "%1" ends early (a truncated download?).</source>
        <translation>Die komprimierte Datei „%1“ endet vorzeitig (ein abgebrochener Download?).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingImporter</name>
    <message numerus="yes">
        <source>%1 mapping data imported: %n AniList id(s).</source>
        <translation>
            <numerusform>%1-Zuordnungsdaten importiert: %n AniList-ID.</numerusform>
            <numerusform>%1-Zuordnungsdaten importiert: %n AniList-IDs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingModel</name>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trakt</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <source>TMDB</source>
        <translation>TMDB</translation>
    </message>
    <message>
        <source>IMDb</source>
        <translation>IMDb</translation>
    </message>
    <message>
        <source>TVDB</source>
        <translation>TVDB</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingRepository</name>
    <message>
        <source>A manual mapping needs an AniList id and a Trakt id.</source>
        <translation>Eine manuelle Zuordnung braucht eine AniList-ID und eine Trakt-ID.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingUpdater</name>
    <message numerus="yes">
        <source>Imported %n AniList id(s).</source>
        <translation>
            <numerusform>%n AniList-ID importiert.</numerusform>
            <numerusform>%n AniList-IDs importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingsTab</name>
    <message>
        <source>Filter by id or title (Ctrl+F)</source>
        <translation>Nach ID oder Titel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>H&amp;inzufügen …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Fix mapping…</source>
        <translation>Zuordnung &amp;korrigieren …</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>Zuordnung nötig</translation>
    </message>
    <message>
        <source>Trakt did not find it</source>
        <translation>Trakt hat es nicht gefunden</translation>
    </message>
    <message>
        <source>No Trakt season/episode for it</source>
        <translation>Keine Trakt-Staffel/-Episode dafür</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) mapping</source>
        <translation>
            <numerusform>%n braucht eine Zuordnung</numerusform>
            <numerusform>%n brauchen eine Zuordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Die Zuordnung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1? The next sync resolves it again from the mapping data.</source>
        <translation>Die Zuordnung von AniList %1 löschen? Die nächste Synchronisierung ermittelt sie erneut aus den Zuordnungsdaten.</translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1 (%2)? The next sync resolves it again from the mapping data.</source>
        <translation>Die Zuordnung von AniList %1 (%2) löschen? Die nächste Synchronisierung ermittelt sie erneut aus den Zuordnungsdaten.</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>Erkläre&amp;n …</translation>
    </message>
    <message>
        <source>Every source's answer, which one won and why</source>
        <translation>Die Antwort jeder Quelle, welche gewann und warum</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bea&amp;rbeiten …</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>Lös&amp;chen</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::NeverPostModel</name>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::NeverPostPanel</name>
    <message>
        <source>Never post</source>
        <translation>Nie senden</translation>
    </message>
    <message>
        <source>Forget the "never post" choice: the next sync offers the selected plays again.</source>
        <translation>Die Wahl „nie senden“ vergessen: Der nächste Abgleich bietet die ausgewählten Wiedergaben wieder an.</translation>
    </message>
    <message>
        <source>Nothing is marked "never post". A sync preview can mark plays so.</source>
        <translation>Nichts ist als „nie senden“ markiert. Eine Abgleichsvorschau kann Wiedergaben so markieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) no sync will post.</source>
        <translation>
            <numerusform>%n Wiedergabe wird von keinem Abgleich gesendet.</numerusform>
            <numerusform>%n Wiedergaben werden von keinem Abgleich gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post a&amp;gain</source>
        <translation>&amp;Wieder senden</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OnlineLookup</name>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 ist nicht konfiguriert.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OtakuImporter</name>
    <message>
        <source>cannot open "%1": %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is not a SQLite database.</source>
        <translation>Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>the database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideModel</name>
    <message>
        <source>Trakt show</source>
        <translation>Trakt-Serie</translation>
    </message>
    <message>
        <source>Absolute episode</source>
        <translation>Absolute Episode</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideRepository</name>
    <message>
        <source>The Trakt id must be a positive number.</source>
        <translation>Die Trakt-ID muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>The absolute episode must be 1 or more.</source>
        <translation>Die absolute Episode muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>The season must be 0 (specials) or more.</source>
        <translation>Die Staffel muss 0 (Specials) oder größer sein.</translation>
    </message>
    <message>
        <source>The episode must be 1 or more.</source>
        <translation>Die Episode muss 1 oder größer sein.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverridesTab</name>
    <message>
        <source>Filter by Trakt id</source>
        <translation>Nach Trakt-ID filtern</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Trakt show:</source>
        <translation>&amp;Trakt-Serie:</translation>
    </message>
    <message>
        <source>&amp;Absolute episode:</source>
        <translation>&amp;Absolute Episode:</translation>
    </message>
    <message>
        <source>S&amp;eason:</source>
        <translation>S&amp;taffel:</translation>
    </message>
    <message>
        <source>E&amp;pisode:</source>
        <translation>E&amp;pisode:</translation>
    </message>
    <message>
        <source>An override places one absolute episode of a Trakt show in a season and episode, ahead of every other rule. Season 0 is specials.</source>
        <translation>Eine Überschreibung legt eine absolute Episode einer Trakt-Serie auf eine Staffel und Episode fest, vor allen anderen Regeln. Staffel 0 sind Specials.</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n Überschreibung</numerusform>
            <numerusform>%n Überschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the absolute episode (1 or more).</source>
        <translation>Geben Sie die absolute Episode ein (1 oder größer).</translation>
    </message>
    <message>
        <source>Enter the season (0 for specials).</source>
        <translation>Geben Sie die Staffel ein (0 für Specials).</translation>
    </message>
    <message>
        <source>Enter the episode number within the season (1 or more).</source>
        <translation>Geben Sie die Episodennummer innerhalb der Staffel ein (1 oder größer).</translation>
    </message>
    <message>
        <source>Delete the override for episode %1 of Trakt show %2 (S%3E%4)?</source>
        <translation>Die Überschreibung für Episode %1 der Trakt-Serie %2 (S%3E%4) löschen?</translation>
    </message>
    <message>
        <source>Delete override</source>
        <translation>Überschreibung löschen</translation>
    </message>
    <message>
        <source>Save overr&amp;ide</source>
        <translation>Überschreibung spei&amp;chern</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>Use the show's numeric Trakt id here.</source>
        <translation>Verwenden Sie hier die numerische Trakt-ID der Serie.</translation>
    </message>
    <message>
        <source>Asking Trakt…</source>
        <translation>Frage Trakt …</translation>
    </message>
    <message>
        <source>Could not ask Trakt about "%1": %2</source>
        <translation>Trakt konnte zu „%1“ nicht befragt werden: %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::PreviewDialog</name>
    <message>
        <source>Full sync: preview</source>
        <translation>Vollständige Synchronisierung: Vorschau</translation>
    </message>
    <message>
        <source>Completed library: preview</source>
        <translation>Bibliothek „Abgeschlossen“: Vorschau</translation>
    </message>
    <message>
        <source>Watching library: preview</source>
        <translation>Bibliothek „Am Schauen“: Vorschau</translation>
    </message>
    <message>
        <source>Sync one show: preview</source>
        <translation>Eine Serie synchronisieren: Vorschau</translation>
    </message>
    <message>
        <source>Nothing has been sent to Trakt yet. Untick what should not be posted, then press Post.</source>
        <translation>Noch wurde nichts an Trakt gesendet. Entfernen Sie die Haken bei allem, was nicht gesendet werden soll, und drücken Sie dann „Senden“.</translation>
    </message>
    <message numerus="yes">
        <source>To post (%n)</source>
        <translation>
            <numerusform>Zu senden (%n)</numerusform>
            <numerusform>Zu senden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Übersprungen (%n)</numerusform>
            <numerusform>Übersprungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m plays</source>
        <translation>%v von %m Wiedergaben</translation>
    </message>
    <message>
        <source>&amp;Post to Trakt</source>
        <translation>An Trakt &amp;senden</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Added %1 · not found %2 · already synced %3</source>
        <translation>Hinzugefügt %1 · nicht gefunden %2 · bereits synchronisiert %3</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Full sync: result</source>
        <translation>Vollständige Synchronisierung: Ergebnis</translation>
    </message>
    <message>
        <source>Completed library: result</source>
        <translation>Bibliothek „Abgeschlossen“: Ergebnis</translation>
    </message>
    <message>
        <source>Watching library: result</source>
        <translation>Bibliothek „Am Schauen“: Ergebnis</translation>
    </message>
    <message>
        <source>Sync one show: result</source>
        <translation>Eine Serie synchronisieren: Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Fix mapping…</source>
        <translation>Zuordnung &amp;korrigieren …</translation>
    </message>
    <message>
        <source>Choose the Trakt show or movie this title belongs to</source>
        <translation>Die Trakt-Serie oder den Film wählen, zu dem dieser Titel gehört</translation>
    </message>
    <message>
        <source>Open in &amp;Trakt</source>
        <translation>In &amp;Trakt öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n play(s)</source>
        <translation>
            <numerusform>%1 von %n Wiedergabe</numerusform>
            <numerusform>%1 von %n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%1 von %n Serie</numerusform>
            <numerusform>%1 von %n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 will be posted · %3 skipped</source>
        <translation>Gesendet werden %1 in %2 · %3 übersprungen</translation>
    </message>
    <message>
        <source>Posting to Trakt… Stop ends the run after the plays being sent now; what Trakt has confirmed stays posted.</source>
        <translation>Sende an Trakt … „Stopp“ beendet den Lauf nach den gerade gesendeten Wiedergaben; was Trakt bestätigt hat, bleibt gesendet.</translation>
    </message>
    <message>
        <source>Not found on Trakt</source>
        <translation>Auf Trakt nicht gefunden</translation>
    </message>
    <message>
        <source>Trakt does not know where these go. Select one and press Fix mapping…; the next run posts it.</source>
        <translation>Trakt weiß nicht, wohin diese gehören. Wählen Sie eine und drücken Sie „Zuordnung korrigieren …“; der nächste Lauf sendet sie.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Trakt did not confirm these. Nothing is lost: the next run offers them again.</source>
        <translation>Trakt hat diese nicht bestätigt. Nichts geht verloren: Der nächste Lauf bietet sie erneut an.</translation>
    </message>
    <message>
        <source>Trakt did not confirm these (%1). Nothing is lost: the next run offers them again.</source>
        <translation>Trakt hat diese nicht bestätigt (%1). Nichts geht verloren: Der nächste Lauf bietet sie erneut an.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The run ended before these were sent.</source>
        <translation>Der Lauf endete, bevor diese gesendet wurden.</translation>
    </message>
    <message>
        <source>The run ended before these were sent: %1</source>
        <translation>Der Lauf endete, bevor diese gesendet wurden: %1</translation>
    </message>
    <message>
        <source>Posted to Trakt</source>
        <translation>An Trakt gesendet</translation>
    </message>
    <message>
        <source>Trakt confirmed these plays.</source>
        <translation>Trakt hat diese Wiedergaben bestätigt.</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Schon auf Trakt</translation>
    </message>
    <message>
        <source>An earlier run posted these; they were not sent again.</source>
        <translation>Ein früherer Lauf hat diese gesendet; sie wurden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Trakt does not know this movie: fix the mapping</source>
        <translation>Trakt kennt diesen Film nicht: Zuordnung korrigieren</translation>
    </message>
    <message>
        <source>Trakt has no %1 in this show: fix the mapping</source>
        <translation>Trakt hat %1 in dieser Serie nicht: Zuordnung korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) posted to Trakt.</source>
        <translation>
            <numerusform>%n Wiedergabe an Trakt gesendet.</numerusform>
            <numerusform>%n Wiedergaben an Trakt gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was posted to Trakt.</source>
        <translation>An Trakt wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were already on Trakt.</source>
        <translation>
            <numerusform>%n Wiedergabe war schon auf Trakt.</numerusform>
            <numerusform>%n Wiedergaben waren schon auf Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trakt did not find %n play(s): fix their mapping below.</source>
        <translation>
            <numerusform>Trakt hat %n Wiedergabe nicht gefunden: Korrigieren Sie unten die Zuordnung.</numerusform>
            <numerusform>Trakt hat %n Wiedergaben nicht gefunden: Korrigieren Sie unten die Zuordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) failed; the next run offers them again.</source>
        <translation>
            <numerusform>%n Wiedergabe fehlgeschlagen; der nächste Lauf bietet sie erneut an.</numerusform>
            <numerusform>%n Wiedergaben fehlgeschlagen; der nächste Lauf bietet sie erneut an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were not sent.</source>
        <translation>
            <numerusform>%n Wiedergabe wurde nicht gesendet.</numerusform>
            <numerusform>%n Wiedergaben wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) you unticked were not sent.</source>
        <translation>
            <numerusform>%n abgewählte Wiedergabe wurde nicht gesendet.</numerusform>
            <numerusform>%n abgewählte Wiedergaben wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Planned (%n)</source>
        <translation>
            <numerusform>Geplant (%n)</numerusform>
            <numerusform>Geplant (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping saved: the next run posts it</source>
        <translation>Zuordnung gespeichert: Der nächste Lauf sendet sie</translation>
    </message>
    <message>
        <source>Never post</source>
        <translation>Nie senden</translation>
    </message>
    <message>
        <source>Not posted, and no later sync offers it again (Progress → Never post can bring it back)</source>
        <translation>Wird nicht gesendet und von keinem späteren Abgleich wieder angeboten (Fortschritt → Nie senden holt es zurück)</translation>
    </message>
    <message>
        <source>Post after all</source>
        <translation>Doch senden</translation>
    </message>
    <message numerus="yes">
        <source> · %n never post</source>
        <translation>
            <numerusform> · %n nie senden</numerusform>
            <numerusform> · %n nie senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) marked "never post" are listed in Progress → Never post.</source>
        <translation>
            <numerusform>%n als „nie senden“ markierte Wiedergabe steht unter Fortschritt → Nie senden.</numerusform>
            <numerusform>%n als „nie senden“ markierte Wiedergaben stehen unter Fortschritt → Nie senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extras (%n)</source>
        <translation>
            <numerusform>Extras (%n)</numerusform>
            <numerusform>Extras (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing beyond plays to send this time.</source>
        <translation>Diesmal gibt es außer Wiedergaben nichts zu senden.</translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n extra(s)</source>
        <translation>
            <numerusform> · %1 von %n Extra</numerusform>
            <numerusform> · %1 von %n Extras</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Post %1 and %2</source>
        <translation>%1 und %2 &amp;senden</translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>%n Extra</numerusform>
            <numerusform>%n Extras</numerusform>
        </translation>
    </message>
    <message>
        <source> · rewatches %1 · ratings %2 · watchlist +%3 −%4 · dropped %5</source>
        <translation> · Wiederholungen %1 · Bewertungen %2 · Watchlist +%3 −%4 · abgebrochen %5</translation>
    </message>
    <message numerus="yes">
        <source> · %n extra(s) failed</source>
        <translation>
            <numerusform> · %n Extra fehlgeschlagen</numerusform>
            <numerusform> · %n Extras fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · rewatch %2</source>
        <translation>%1 · Wiederholung %2</translation>
    </message>
    <message>
        <source>No plays were posted to Trakt.</source>
        <translation>Es wurden keine Wiedergaben an Trakt gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) sent to Trakt.</source>
        <translation>
            <numerusform>%n Bewertung oder Listenänderung an Trakt gesendet.</numerusform>
            <numerusform>%n Bewertungen und Listenänderungen an Trakt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) were not taken: see below.</source>
        <translation>
            <numerusform>%n Bewertung oder Listenänderung wurde nicht angenommen: siehe unten.</numerusform>
            <numerusform>%n Bewertungen und Listenänderungen wurden nicht angenommen: siehe unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s) you unticked were not sent.</source>
        <translation>
            <numerusform>%n abgewähltes Extra wurde nicht gesendet.</numerusform>
            <numerusform>%n abgewählte Extras wurden nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::PreviewModel</name>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>AniList %1 → Trakt %2</source>
        <translation>AniList %1 → Trakt %2</translation>
    </message>
    <message>
        <source>by external id</source>
        <translation>über externe ID</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>Show / episode</source>
        <translation>Serie / Episode</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (never post)</source>
        <translation>%1 (nie senden)</translation>
    </message>
    <message>
        <source>Never post: the run records it and no sync offers it again (Progress → Never post can bring it back). Tick it to post it after all.</source>
        <translation>Nie senden: Der Lauf vermerkt es, kein Abgleich bietet es wieder an (Fortschritt → Nie senden holt es zurück). Ein Häkchen sendet es doch.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ProgressModel</name>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last episode on Trakt</source>
        <translation>Letzte Episode auf Trakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ProgressTab</name>
    <message>
        <source>AniList id or address, e.g. https://anilist.co/anime/21</source>
        <translation>AniList-ID oder -Adresse, z. B. https://anilist.co/anime/21</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Betriebshandbuch</translation>
    </message>
    <message>
        <source>&amp;Force resync of show…</source>
        <translation>Serie erneut s&amp;ynchronisieren …</translation>
    </message>
    <message>
        <source>Set lastSyncTimestamp to 0, so the next full sync reads every AniList activity again. Plays already on Trakt are not posted twice.</source>
        <translation>Setzt lastSyncTimestamp auf 0, sodass die nächste vollständige Synchronisierung jede AniList-Aktivität erneut liest. Wiedergaben, die schon auf Trakt sind, werden nicht doppelt gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) with progress</source>
        <translation>
            <numerusform>%n Serie mit Fortschritt</numerusform>
            <numerusform>%n Serien mit Fortschritt</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity window starts at %1</source>
        <translation>Aktivitätszeitraum beginnt am %1</translation>
    </message>
    <message>
        <source>Activity window: from the beginning</source>
        <translation>Aktivitätszeitraum: von Anfang an</translation>
    </message>
    <message>
        <source>AniList %1 has no progress yet: nothing of it has been posted to Trakt.</source>
        <translation>AniList %1 hat noch keinen Fortschritt: Davon wurde noch nichts an Trakt gesendet.</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>%1 (AniList %2)</source>
        <translation>%1 (AniList %2)</translation>
    </message>
    <message>
        <source>Force resync</source>
        <translation>Erneut synchronisieren</translation>
    </message>
    <message>
        <source>Progress of AniList %1 reset. Run a completed or watching sync to post it again.</source>
        <translation>Fortschritt von AniList %1 zurückgesetzt. Starten Sie eine Synchronisierung von „Abgeschlossen“ oder „Am Schauen“, um die Serie erneut zu senden.</translation>
    </message>
    <message>
        <source>Reprocess the whole activity window?

lastSyncTimestamp is set to 0, so the next full sync reads every AniList activity again.</source>
        <translation>Den ganzen Aktivitätszeitraum erneut verarbeiten?

lastSyncTimestamp wird auf 0 gesetzt, sodass die nächste vollständige Synchronisierung jede AniList-Aktivität erneut liest.</translation>
    </message>
    <message>
        <source>Reprocess activity window</source>
        <translation>Aktivitätszeitraum erneut verarbeiten</translation>
    </message>
    <message>
        <source>The activity window was reset. The next full sync reads all activities.</source>
        <translation>Der Aktivitätszeitraum wurde zurückgesetzt. Die nächste vollständige Synchronisierung liest alle Aktivitäten.</translation>
    </message>
    <message>
        <source>Forget what was synced for the selected show, so the next completed or watching sync looks at it again from episode 1.</source>
        <translation>Vergessen, was für die ausgewählte Serie abgeglichen wurde, damit der nächste Abgleich (completed oder watching) sie ab Folge 1 erneut prüft.</translation>
    </message>
    <message>
        <source>Force a resync of %1?

Its progress (episode %2) and its record of posted plays are forgotten; the next completed or watching sync looks at it again from episode 1 and posts the episodes Trakt does not have. (With "Post plays Trakt already has" in Settings → Sync, it posts every episode again, and Trakt shows them twice.)</source>
        <translation>%1 erneut synchronisieren?

Sein Fortschritt (Folge %2) und die Aufzeichnung gesendeter Wiedergaben werden vergessen; der nächste Abgleich (completed oder watching) prüft ab Folge 1 und sendet die Folgen, die Trakt nicht hat. (Mit „Wiedergaben senden, die Trakt schon hat“ in Einstellungen → Abgleich sendet er jede Folge erneut, und Trakt zeigt sie doppelt.)</translation>
    </message>
    <message>
        <source>Loo&amp;k up</source>
        <translation>Nachschla&amp;gen</translation>
    </message>
    <message>
        <source>Reprocess &amp;activity window…</source>
        <translation>Aktivitätszeitraum neu &amp;verarbeiten …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RangeMap</name>
    <message>
        <source>the source range "%1" is not N, N-M or N-.</source>
        <translation>Der Quellbereich „%1“ ist nicht N, N-M oder N-.</translation>
    </message>
    <message>
        <source>the target range "%1" is not N, N-M or N- (with |R or commas).</source>
        <translation>Der Zielbereich „%1“ ist nicht N, N-M oder N- (mit |R oder Kommas).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunModel</name>
    <message numerus="yes">
        <source>Undo of run %1: %n play(s) removed</source>
        <translation>
            <numerusform>Rückgängig von Lauf %1: %n Wiedergabe entfernt</numerusform>
            <numerusform>Rückgängig von Lauf %1: %n Wiedergaben entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone by run %1</source>
        <translation>Rückgängig gemacht durch Lauf %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Schon auf Trakt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Full (scheduled)</source>
        <translation>Vollständig (geplant)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Completed library</source>
        <translation>Abgeschlossene Bibliothek</translation>
    </message>
    <message>
        <source>Watching library</source>
        <translation>Bibliothek „Schaue ich“</translation>
    </message>
    <message>
        <source>One show</source>
        <translation>Eine Serie</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Another sync was running</source>
        <translation>Ein anderer Abgleich lief</translation>
    </message>
    <message>
        <source>Stopped by the plays guard</source>
        <translation>Durch die Wiedergabe-Sperre gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Refused by Trakt</source>
        <translation>Von Trakt abgelehnt</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunReport</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>A run report is exported as csv or json, not "%1".</source>
        <translation>Ein Laufbericht wird als csv oder json exportiert, nicht als „%1“.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunResult</name>
    <message>
        <source>Already synced</source>
        <translation>Bereits synchronisiert</translation>
    </message>
    <message>
        <source>Posted by an earlier run or already on Trakt: nothing to do.</source>
        <translation>Von einem früheren Lauf gesendet oder schon auf Trakt: nichts zu tun.</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Schon auf Trakt</translation>
    </message>
    <message>
        <source>Trakt already has these plays; they are not posted again.</source>
        <translation>Trakt hat diese Wiedergaben schon; sie werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>No place on Trakt</source>
        <translation>Kein Platz auf Trakt</translation>
    </message>
    <message>
        <source>No mapping data places these episodes on Trakt: add a mapping in the Mappings tab.</source>
        <translation>Keine Zuordnungsdaten ordnen diese Episoden auf Trakt ein: Fügen Sie im Reiter „Zuordnungen“ eine Zuordnung hinzu.</translation>
    </message>
    <message>
        <source>Waiting for a mapping</source>
        <translation>Wartet auf eine Zuordnung</translation>
    </message>
    <message>
        <source>Trakt did not find these before; they wait until their mapping changes.</source>
        <translation>Trakt hat diese schon einmal nicht gefunden; sie warten, bis sich ihre Zuordnung ändert.</translation>
    </message>
    <message>
        <source>Unreadable progress</source>
        <translation>Unlesbarer Fortschritt</translation>
    </message>
    <message>
        <source>AniList activities whose episode number cannot be read.</source>
        <translation>AniList-Aktivitäten, deren Episodennummer nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Dated in the future</source>
        <translation>In der Zukunft datiert</translation>
    </message>
    <message>
        <source>Activities dated later than now; check the computer's clock.</source>
        <translation>Aktivitäten mit einem Datum nach jetzt; prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <source>Nothing watched</source>
        <translation>Nichts gesehen</translation>
    </message>
    <message>
        <source>Entries without a watched episode.</source>
        <translation>Einträge ohne gesehene Episode.</translation>
    </message>
    <message>
        <source>Not a watch</source>
        <translation>Kein Ansehen</translation>
    </message>
    <message>
        <source>Activities that are not watches (planning, dropping, ...).</source>
        <translation>Aktivitäten, die kein Ansehen sind (geplant, abgebrochen, …).</translation>
    </message>
    <message>
        <source>Part of a movie</source>
        <translation>Teil eines Films</translation>
    </message>
    <message>
        <source>Episodes of a title Trakt files as one movie: the movie is posted once.</source>
        <translation>Episoden eines Titels, den Trakt als einen Film führt: Der Film wird einmal gesendet.</translation>
    </message>
    <message>
        <source>Never post</source>
        <translation>Nie senden</translation>
    </message>
    <message>
        <source>You chose never to post these; Progress → Never post offers them again.</source>
        <translation>Sie haben gewählt, diese nie zu senden; Fortschritt → Nie senden bietet sie wieder an.</translation>
    </message>
    <message>
        <source>Rewatches not sent</source>
        <translation>Nicht gesendete Wiederholungen</translation>
    </message>
    <message>
        <source>"Watch only once" is on in your Trakt settings: Trakt keeps one play per episode, so rewatches are not sent. Turn it off on trakt.tv to send them.</source>
        <translation>„Watch only once“ ist in Ihren Trakt-Einstellungen an: Trakt behält eine Wiedergabe pro Folge, daher werden Wiederholungen nicht gesendet. Schalten Sie es auf trakt.tv aus, um sie zu senden.</translation>
    </message>
    <message>
        <source>Watchlist full</source>
        <translation>Watchlist voll</translation>
    </message>
    <message>
        <source>These do not fit under your Trakt account's watchlist limit; nothing of them was sent. Make room on trakt.tv (or upgrade) and sync again.</source>
        <translation>Diese passen nicht unter das Watchlist-Limit Ihres Trakt-Kontos; nichts davon wurde gesendet. Schaffen Sie auf trakt.tv Platz (oder upgraden Sie) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>No place for a rating or list</source>
        <translation>Kein Ziel für Bewertung oder Liste</translation>
    </message>
    <message>
        <source>Ratings, watchlist or dropped entries Tsuzuki could not place on Trakt: add a mapping in the Mappings tab.</source>
        <translation>Bewertungen, Watchlist- oder abgebrochene Einträge, die Tsuzuki auf Trakt nicht zuordnen konnte: fügen Sie im Tab Zuordnungen eine Zuordnung hinzu.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunUndo</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Es gibt keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 is an undo itself; sync again to post those plays.</source>
        <translation>Lauf %1 ist selbst ein Rückgängig; gleichen Sie erneut ab, um diese Wiedergaben zu senden.</translation>
    </message>
    <message>
        <source>Run %1 is still running.</source>
        <translation>Lauf %1 läuft noch.</translation>
    </message>
    <message>
        <source>Run %1 was undone already (by run %2).</source>
        <translation>Lauf %1 wurde schon rückgängig gemacht (durch Lauf %2).</translation>
    </message>
    <message>
        <source>Run %1 posted nothing that is still recorded; there is nothing to undo.</source>
        <translation>Lauf %1 hat nichts gesendet, das noch aufgezeichnet ist; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Log in to Trakt first; nothing was removed.</source>
        <translation>Melden Sie sich zuerst bei Trakt an; es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1 started: %n play(s) to remove from Trakt</source>
        <translation>
            <numerusform>Rückgängig von Lauf %1 begonnen: %n Wiedergabe wird von Trakt entfernt</numerusform>
            <numerusform>Rückgängig von Lauf %1 begonnen: %n Wiedergaben werden von Trakt entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of run %1 stopped (%2): %3 removed, %4 still on Trakt. %5</source>
        <translation>Rückgängig von Lauf %1 angehalten (%2): %3 entfernt, %4 noch auf Trakt. %5</translation>
    </message>
    <message>
        <source>Undo of run %1: %2 play(s) removed from Trakt, %3 were gone already, %4 rating(s) and list change(s) put back</source>
        <translation>Rückgängig von Lauf %1: %2 Wiedergabe(n) von Trakt entfernt, %3 waren schon weg, %4 Bewertung(en) und Listenänderung(en) zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunsDialog</name>
    <message>
        <source>movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>Diesen Lauf &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>Abgleichsläufe</translation>
    </message>
    <message>
        <source>Remove from Trakt the plays this run posted (never plays that were there before). Shows what would go first.</source>
        <translation>Die Wiedergaben, die dieser Lauf gesendet hat, von Trakt entfernen (nie solche, die vorher da waren). Zeigt zuerst, was entfernt würde.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Export the run report</source>
        <translation>Laufbericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Undo run %1</source>
        <translation>Lauf %1 rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) this run posted will be removed from Trakt.</source>
        <translation>
            <numerusform>%n Wiedergabe, die dieser Lauf gesendet hat, wird von Trakt entfernt.</numerusform>
            <numerusform>%n Wiedergaben, die dieser Lauf gesendet hat, werden von Trakt entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) that were on Trakt before it stay.</source>
        <translation>
            <numerusform>%n Wiedergabe, die schon vorher auf Trakt war, bleibt.</numerusform>
            <numerusform>%n Wiedergaben, die schon vorher auf Trakt waren, bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Entfernen: %1</translation>
    </message>
    <message>
        <source>Keep (on Trakt before): %1</source>
        <translation>Behalten (vorher auf Trakt): %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n play(s) from Trakt</source>
        <translation>
            <numerusform>%n Wiedergabe von Trakt entfernen</numerusform>
            <numerusform>%n Wiedergaben von Trakt entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not open yet.</source>
        <translation>Die Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>A sync is running; undo the run when it is done.</source>
        <translation>Ein Abgleich läuft; machen Sie den Lauf rückgängig, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Removing the plays of run %1 from Trakt…</source>
        <translation>Die Wiedergaben von Lauf %1 werden von Trakt entfernt …</translation>
    </message>
    <message>
        <source>Run %1 undone: %2 play(s) removed from Trakt, %3 were gone already.</source>
        <translation>Lauf %1 rückgängig gemacht: %2 Wiedergabe(n) von Trakt entfernt, %3 waren schon weg.</translation>
    </message>
    <message>
        <source>The undo of run %1 stopped: %2 removed, %3 still on Trakt. %4</source>
        <translation>Das Rückgängigmachen von Lauf %1 wurde angehalten: %2 entfernt, %3 noch auf Trakt. %4</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Bericht von Lauf %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>(rewatch %1)</source>
        <translation>(Wiederholung %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) it made are put back as they were.</source>
        <translation>
            <numerusform>%n Bewertung oder Listenänderung dieses Laufs wird wiederhergestellt.</numerusform>
            <numerusform>%n Bewertungen und Listenänderungen dieses Laufs werden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1, put back %2</source>
        <translation>%1 entfernen, %2 zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n Wiedergabe</numerusform>
            <numerusform>%n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>%n Extra</numerusform>
            <numerusform>%n Extras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) put back.</source>
        <translation>
            <numerusform>%n Bewertung oder Listenänderung zurückgesetzt.</numerusform>
            <numerusform>%n Bewertungen und Listenänderungen zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) Trakt did not take back: undo the run again to retry them.</source>
        <translation>
            <numerusform>%n Bewertung oder Listenänderung hat Trakt nicht zurückgenommen: machen Sie den Lauf erneut rückgängig, um es noch einmal zu versuchen.</numerusform>
            <numerusform>%n Bewertungen und Listenänderungen hat Trakt nicht zurückgenommen: machen Sie den Lauf erneut rückgängig, um es noch einmal zu versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SecretStoreRelay</name>
    <message>
        <source>The secret store is no longer available.</source>
        <translation>Der Geheimnisspeicher ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>There is no writable keychain to keep the password in. Set TSUZUKI_DATABASE_PASSWORD instead, or use a server that needs no password.</source>
        <translation>Es gibt keinen beschreibbaren Schlüsselbund für das Passwort. Setzen Sie stattdessen TSUZUKI_DATABASE_PASSWORD oder verwenden Sie einen Server ohne Passwort.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Mapping sources</source>
        <translation>Zuordnungsquellen</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Could not save in the keychain: %1</source>
        <translation>Speichern im Schlüsselbund fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no writable keychain.</source>
        <translation>Es gibt keinen beschreibbaren Schlüsselbund.</translation>
    </message>
    <message>
        <source>Trakt</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <source>From trakt.tv/oauth/applications</source>
        <translation>Von trakt.tv/oauth/applications</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung läuft …</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>From anilist.co/settings/developer (redirect URL: PIN)</source>
        <translation>Von anilist.co/settings/developer (Weiterleitungs-URL: PIN)</translation>
    </message>
    <message>
        <source>Open the &amp;PIN page</source>
        <translation>&amp;PIN-Seite öffnen</translation>
    </message>
    <message>
        <source>Paste the token from the PIN page</source>
        <translation>Token von der PIN-Seite einfügen</translation>
    </message>
    <message>
        <source>Save &amp;token</source>
        <translation>&amp;Token speichern</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>TMDB (optional)</source>
        <translation>TMDB (optional)</translation>
    </message>
    <message>
        <source>API key; improves matching of shows that the mapping data lacks</source>
        <translation>API-Schlüssel; verbessert die Zuordnung von Serien, die in den Zuordnungsdaten fehlen</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Enter the client id of your Trakt app first.</source>
        <translation>Geben Sie zuerst die Client-ID Ihrer Trakt-App ein.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Plays per request:</source>
        <translation>&amp;Wiedergaben pro Anfrage:</translation>
    </message>
    <message>
        <source>Ask before posting more than:</source>
        <translation>Nachfragen, bevor mehr gesendet wird als:</translation>
    </message>
    <message>
        <source>Scheduled syncs post without a preview: turning the schedule on approves them. A run above the plays guard waits for you to confirm it.</source>
        <translation>Geplante Synchronisierungen senden ohne Vorschau: Wer den Zeitplan einschaltet, stimmt ihnen zu. Ein Lauf über der Wiedergabegrenze wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>&amp;Otaku:</source>
        <translation>&amp;Otaku:</translation>
    </message>
    <message>
        <source>&amp;Fribbs:</source>
        <translation>&amp;Fribbs:</translation>
    </message>
    <message>
        <source>&amp;AniBridge:</source>
        <translation>&amp;AniBridge:</translation>
    </message>
    <message>
        <source>Leave empty for the built-in addresses. The environment variables TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL and TSUZUKI_ANIBRIDGE_URL override these.</source>
        <translation>Leer lassen für die eingebauten Adressen. Die Umgebungsvariablen TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL und TSUZUKI_ANIBRIDGE_URL haben Vorrang.</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray (closing the window keeps Tsuzuki running)</source>
        <translation>Symbol in der &amp;Kontrollleiste zeigen (Schließen des Fensters lässt Tsuzuki weiterlaufen)</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert in der Kontrollleiste starten</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Bei der Anme&amp;ldung starten</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Checking the token with AniList…</source>
        <translation>Token wird bei AniList geprüft…</translation>
    </message>
    <message>
        <source>Post plays Trakt already &amp;has (as second plays)</source>
        <translation>Wiedergaben senden, die Trakt &amp;schon hat (als zweite Wiedergabe)</translation>
    </message>
    <message>
        <source>Normally a sync skips what your Trakt history already has ("already on Trakt"). Turn this on only to post them again as second plays; rewatches logged on AniList have their own switch below.</source>
        <translation>Normalerweise überspringt eine Synchronisierung, was Ihr Trakt-Verlauf schon hat („schon auf Trakt“). Schalten Sie dies nur ein, um diese erneut als zweite Wiedergaben zu senden; auf AniList erfasste Wiederholungen haben unten einen eigenen Schalter.</translation>
    </message>
    <message>
        <source>Beyond plays</source>
        <translation>Über Wiedergaben hinaus</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SetupWizard</name>
    <message>
        <source>Set up Tsuzuki</source>
        <translation>Tsuzuki einrichten</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen …</translation>
    </message>
    <message>
        <source>The mapping data is ready.</source>
        <translation>Die Zuordnungsdaten sind bereit.</translation>
    </message>
    <message>
        <source>%1 of %2 sources were imported. The others can be fetched later with Update on the Dashboard; titles they would have placed need a manual mapping until then.</source>
        <translation>%1 von %2 Quellen wurden importiert. Die anderen lassen sich später mit „Aktualisieren“ in der Übersicht holen; Titel, die sie eingeordnet hätten, brauchen bis dahin eine manuelle Zuordnung.</translation>
    </message>
    <message>
        <source>Welcome to Tsuzuki</source>
        <translation>Willkommen bei Tsuzuki</translation>
    </message>
    <message>
        <source>Tsuzuki copies what you watch and log on AniList into your Trakt history: each episode once, in the right season.</source>
        <translation>Tsuzuki überträgt, was Sie auf AniList sehen und eintragen, in Ihren Trakt-Verlauf: jede Episode einmal, in der richtigen Staffel.</translation>
    </message>
    <message>
        <source>Three steps get it ready: log in to Trakt, log in to AniList and download the mapping data that says where each anime is on Trakt. Then you choose what to sync first.</source>
        <translation>Drei Schritte machen es bereit: bei Trakt anmelden, bei AniList anmelden und die Zuordnungsdaten herunterladen, die sagen, wo jeder Anime auf Trakt liegt. Dann wählen Sie, was zuerst synchronisiert wird.</translation>
    </message>
    <message>
        <source>Nothing is sent to Trakt until you have seen a preview and pressed Post. Every step can be skipped and done later from the Dashboard.</source>
        <translation>An Trakt wird nichts gesendet, bevor Sie eine Vorschau gesehen und „Senden“ gedrückt haben. Jeder Schritt kann übersprungen und später in der Übersicht erledigt werden.</translation>
    </message>
    <message>
        <source>Log in to Trakt</source>
        <translation>Bei Trakt anmelden</translation>
    </message>
    <message>
        <source>Trakt lets only registered apps sign in, so Tsuzuki needs the client id and secret of a Trakt API app: create one at %1 (redirect URI: urn:ietf:wg:oauth:2.0:oob) and paste both here. Creating an app needs Trakt VIP and a free account may connect only one app, so if you already have an app, use its id and secret.</source>
        <translation>Trakt lässt nur registrierte Apps anmelden, daher braucht Tsuzuki Client-ID und Secret einer Trakt-API-App: Legen Sie eine unter %1 an (Weiterleitungs-URI: urn:ietf:wg:oauth:2.0:oob) und fügen Sie beides hier ein. Eine App anzulegen erfordert Trakt VIP, und ein kostenloses Konto kann nur eine App verbinden; haben Sie schon eine App, verwenden Sie deren ID und Secret.</translation>
    </message>
    <message>
        <source>From trakt.tv/oauth/applications</source>
        <translation>Von trakt.tv/oauth/applications</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Log in to Trakt…</source>
        <translation>Bei Trakt &amp;anmelden …</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Log in to AniList</source>
        <translation>Bei AniList anmelden</translation>
    </message>
    <message>
        <source>AniList hands its tokens to registered API clients: create one at %1 with the redirect URL https://anilist.co/api/v2/oauth/pin and enter its id below. Then open the PIN page, approve Tsuzuki and paste the token it shows.</source>
        <translation>AniList gibt Tokens an registrierte API-Clients aus: Legen Sie unter %1 einen mit der Weiterleitungs-URL https://anilist.co/api/v2/oauth/pin an und geben Sie seine ID unten ein. Öffnen Sie dann die PIN-Seite, genehmigen Sie Tsuzuki und fügen Sie das angezeigte Token ein.</translation>
    </message>
    <message>
        <source>From anilist.co/settings/developer</source>
        <translation>Von anilist.co/settings/developer</translation>
    </message>
    <message>
        <source>Open the &amp;PIN page</source>
        <translation>&amp;PIN-Seite öffnen</translation>
    </message>
    <message>
        <source>Enter the id of your AniList API client first.</source>
        <translation>Geben Sie zuerst die ID Ihres AniList-API-Clients ein.</translation>
    </message>
    <message>
        <source>Paste the token from the PIN page</source>
        <translation>Token von der PIN-Seite einfügen</translation>
    </message>
    <message>
        <source>Check and &amp;save</source>
        <translation>Prüfen und &amp;speichern</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Download the mapping data</source>
        <translation>Zuordnungsdaten herunterladen</translation>
    </message>
    <message>
        <source>Where each anime is on Trakt comes from community mapping data (Otaku-Mappings, Fribb's anime-lists and AniBridge). Tsuzuki downloads it now; Update on the Dashboard fetches newer data later.</source>
        <translation>Wo jeder Anime auf Trakt liegt, steht in Zuordnungsdaten der Community (Otaku-Mappings, Fribbs anime-lists und AniBridge). Tsuzuki lädt sie jetzt herunter; „Aktualisieren“ in der Übersicht holt später neuere Daten.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warte …</translation>
    </message>
    <message>
        <source>Download &amp;again</source>
        <translation>&amp;Erneut herunterladen</translation>
    </message>
    <message>
        <source>The first sync</source>
        <translation>Die erste Synchronisierung</translation>
    </message>
    <message>
        <source>Choose what to bring to Trakt first. You see a preview of every play before anything is posted.</source>
        <translation>Wählen Sie, was zuerst zu Trakt soll. Sie sehen jede Wiedergabe in einer Vorschau, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Full s&amp;ync (recommended)</source>
        <translation>&amp;Vollständige Synchronisierung (empfohlen)</translation>
    </message>
    <message>
        <source>Every episode in your AniList activity feed that Trakt does not have yet; later runs read only what is new since the last one.</source>
        <translation>Jede Episode aus Ihrem AniList-Aktivitätsverlauf, die Trakt noch nicht hat; spätere Läufe lesen nur, was seit dem letzten neu ist.</translation>
    </message>
    <message>
        <source>&amp;Completed library</source>
        <translation>Bibliothek „Abgeschlosse&amp;n“</translation>
    </message>
    <message>
        <source>Every episode of every anime you marked as completed on AniList, also those finished before your activity feed begins.</source>
        <translation>Jede Episode jedes Animes, den Sie auf AniList als abgeschlossen markiert haben, auch solche, die vor Beginn Ihres Aktivitätsverlaufs endeten.</translation>
    </message>
    <message>
        <source>&amp;Watching library</source>
        <translation>Bibliothek „Am Scha&amp;uen“</translation>
    </message>
    <message>
        <source>The episodes you have seen so far of the anime you are watching now.</source>
        <translation>Die bisher gesehenen Episoden der Animes, die Sie gerade schauen.</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>Nicht &amp;jetzt</translation>
    </message>
    <message>
        <source>Close the setup; the Dashboard's buttons start a sync whenever you like.</source>
        <translation>Die Einrichtung schließen; die Schaltflächen der Übersicht starten jederzeit eine Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;Log in again…</source>
        <translation>Erneut &amp;anmelden …</translation>
    </message>
    <message>
        <source>Enter the client id of your Trakt app first.</source>
        <translation>Geben Sie zuerst die Client-ID Ihrer Trakt-App ein.</translation>
    </message>
    <message>
        <source>Logged in. Asking Trakt for the account's name…</source>
        <translation>Angemeldet. Frage Trakt nach dem Kontonamen …</translation>
    </message>
    <message>
        <source>Checking the token with AniList…</source>
        <translation>Prüfe das Token bei AniList …</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Was synchronisiert wird</translation>
    </message>
    <message>
        <source>Tsuzuki always posts the episodes you watched. It can also send these to Trakt; each is off until you turn it on, each appears in the preview with its own check box, and undoing a run takes it back. Settings → Sync changes them later.</source>
        <translation>Tsuzuki sendet immer die Folgen, die Sie gesehen haben. Es kann auch Folgendes an Trakt senden; alles ist aus, bis Sie es einschalten, erscheint in der Vorschau mit eigenem Kontrollkästchen, und das Rückgängigmachen eines Laufs nimmt es zurück. Einstellungen → Synchronisieren ändert es später.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncController</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>Die Datenbank ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
    <message>
        <source>Reading AniList and computing the preview…</source>
        <translation>AniList wird gelesen und die Vorschau berechnet …</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n play(s) to post</source>
        <translation>
            <numerusform>Vorschau fertig: %n Wiedergabe zu senden</numerusform>
            <numerusform>Vorschau fertig: %n Wiedergaben zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting to Trakt…</source>
        <translation>Wird an Trakt gesendet …</translation>
    </message>
    <message>
        <source>Posting %1 of %2 plays…</source>
        <translation>Sende %1 von %2 Wiedergaben …</translation>
    </message>
    <message>
        <source>Last sync: added %1, not found %2</source>
        <translation>Letzte Synchronisierung: %1 hinzugefügt, %2 nicht gefunden</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Background sync: reading AniList…</source>
        <translation>Hintergrund-Synchronisierung: lese AniList …</translation>
    </message>
    <message numerus="yes">
        <source>Background sync: posting %n play(s)…</source>
        <translation>
            <numerusform>Hintergrund-Synchronisierung: sende %n Wiedergabe …</numerusform>
            <numerusform>Hintergrund-Synchronisierung: sende %n Wiedergaben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Background sync: posted %1 of %2 plays…</source>
        <translation>Hintergrund-Synchronisierung: %1 von %2 Wiedergaben gesendet …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncEngine</name>
    <message>
        <source>This run would add %1 plays, more than the limit of %2. Confirm to go ahead.</source>
        <translation>Dieser Lauf würde %1 Wiedergaben hinzufügen, mehr als die Grenze von %2. Bestätigen Sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot check Trakt history for "%1" without a Trakt or IMDb id</source>
        <translation>Der Trakt-Verlauf für „%1“ kann ohne Trakt- oder IMDb-ID nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>Trakt did not find %n play(s); they are in the needs-mapping list.</source>
        <translation>
            <numerusform>Trakt hat %n Wiedergabe nicht gefunden; sie steht in der Liste „Zuordnung nötig“.</numerusform>
            <numerusform>Trakt hat %n Wiedergaben nicht gefunden; sie stehen in der Liste „Zuordnung nötig“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trakt's answer did not account for every play sent; checking Trakt's history.</source>
        <translation>Die Antwort von Trakt erfasst nicht alle gesendeten Wiedergaben; der Verlauf bei Trakt wird geprüft.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncLog</name>
    <message>
        <source>Scheduled full sync</source>
        <translation>Geplante vollständige Synchronisierung</translation>
    </message>
    <message>
        <source>Manual full sync</source>
        <translation>Manuelle vollständige Synchronisierung</translation>
    </message>
    <message>
        <source>Scheduled completed-library sync</source>
        <translation>Geplante Synchronisierung der Bibliothek „Abgeschlossen“</translation>
    </message>
    <message>
        <source>Manual completed-library sync</source>
        <translation>Manuelle Synchronisierung der Bibliothek „Abgeschlossen“</translation>
    </message>
    <message>
        <source>Scheduled watching-library sync</source>
        <translation>Geplante Synchronisierung der Bibliothek „Am Schauen“</translation>
    </message>
    <message>
        <source>Manual watching-library sync</source>
        <translation>Manuelle Synchronisierung der Bibliothek „Am Schauen“</translation>
    </message>
    <message>
        <source>Scheduled one-show sync</source>
        <translation>Geplante Synchronisierung einer Serie</translation>
    </message>
    <message>
        <source>Manual one-show sync</source>
        <translation>Manuelle Synchronisierung einer Serie</translation>
    </message>
    <message numerus="yes">
        <source>%1 started: %n play(s) to post</source>
        <translation>
            <numerusform>%1 gestartet: %n Wiedergabe zu senden</numerusform>
            <numerusform>%1 gestartet: %n Wiedergaben zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped, Trakt refused: %2</source>
        <translation>%1 gestoppt, Trakt hat abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 added, %4 already on Trakt, %5 not found, %6 unmapped</source>
        <extracomment>%1 = "Manual full sync", %2 = how it ended (succeeded, partial, failed, ...)</extracomment>
        <translation>%1 %2: %3 hinzugefügt, %4 schon auf Trakt, %5 nicht gefunden, %6 ohne Zuordnung</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 konnte nicht laufen: %2</translation>
    </message>
    <message>
        <source>%1 rewatches, %2 ratings, %3 to the watchlist, %4 off it, %5 dropped, %6 not sent</source>
        <extracomment>issue 16's extras, after the plays' counts</extracomment>
        <translation>%1 erneut gesehen, %2 Bewertungen, %3 auf die Watchlist, %4 von ihr entfernt, %5 abgebrochen, %6 nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncPlanner</name>
    <message>
        <source>No Trakt mapping found</source>
        <translation>Keine Trakt-Zuordnung gefunden</translation>
    </message>
    <message>
        <source>Trakt did not find this episode at the mapped place; it waits until the mapping changes</source>
        <translation>Trakt hat diese Folge an der zugeordneten Stelle nicht gefunden; sie wartet, bis sich die Zuordnung ändert</translation>
    </message>
    <message>
        <source>Part of a movie posted with episode %1</source>
        <translation>Teil eines Films, der mit Folge %1 eingetragen wird</translation>
    </message>
    <message>
        <source>Activity %1 has an impossible time (%2); skipped</source>
        <translation>Aktivität %1 hat eine unmögliche Zeit (%2); übersprungen</translation>
    </message>
    <message>
        <source>AniList activity %1 (%2) is dated %3, in the future; it was skipped.</source>
        <translation>AniList-Aktivität %1 (%2) ist auf %3 datiert, in der Zukunft; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Unreadable progress "%1"</source>
        <translation>Unlesbarer Fortschritt „%1“</translation>
    </message>
    <message>
        <source>No watched episodes on AniList</source>
        <translation>Keine gesehenen Episoden auf AniList</translation>
    </message>
    <message>
        <source>The stored sync window (lastSyncTimestamp %1) is in the future; every activity is read again and plays already on Trakt are skipped.</source>
        <translation>Das gespeicherte Synchronisationsfenster (lastSyncTimestamp %1) liegt in der Zukunft; alle Aktivitäten werden neu gelesen, Wiedergaben, die schon bei Trakt sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>You chose never to post this (Progress → Never post)</source>
        <translation>Sie haben gewählt, dies nie zu senden (Fortschritt → Nie senden)</translation>
    </message>
    <message>
        <source>Already on Trakt (watched %1)</source>
        <translation>Schon auf Trakt (angesehen %1)</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Schon auf Trakt</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncRunLock</name>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>sync already running (%1, since %2)</source>
        <extracomment>%1 = host (and process), %2 = start time</extracomment>
        <translation>Synchronisierung läuft bereits (%1, seit %2)</translation>
    </message>
    <message>
        <source>Cannot create the sync lock file %1: the disk may be full, or the folder read-only. No sync was started.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>Die Sperrdatei für die Synchronisation %1 kann nicht angelegt werden: Der Datenträger ist vielleicht voll oder der Ordner schreibgeschützt. Es wurde keine Synchronisation gestartet.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncService</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncSession</name>
    <message>
        <source>No mapping data for this show</source>
        <translation>Keine Zuordnungsdaten für diese Serie</translation>
    </message>
    <message>
        <source>Episode %1 has no place on Trakt</source>
        <translation>Episode %1 hat keinen Platz auf Trakt</translation>
    </message>
    <message>
        <source>Log in to AniList first (Settings → Accounts, or tsuzuki-cli auth anilist).</source>
        <translation>Melden Sie sich zuerst bei AniList an (Einstellungen → Konten oder tsuzuki-cli auth anilist).</translation>
    </message>
    <message>
        <source>Log in to Trakt first.</source>
        <translation>Melden Sie sich zuerst bei Trakt an.</translation>
    </message>
    <message>
        <source>Log in to Trakt first (Settings → Accounts, or tsuzuki-cli auth trakt). Nothing was sent.</source>
        <translation>Melden Sie sich zuerst bei Trakt an (Einstellungen → Konten oder tsuzuki-cli auth trakt). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Trakt has no show with id %1; it could not be re-resolved</source>
        <translation>Trakt hat keine Serie mit der ID %1; sie konnte nicht neu ermittelt werden</translation>
    </message>
    <message>
        <source>The sync stopped after %1 s, its time limit for this much work: %2 did not answer in time. Plays whose answer did not arrive are checked against Trakt's history on the next run.</source>
        <translation>Die Synchronisation wurde nach %1 s beendet, ihrem Zeitlimit für diese Menge Arbeit: %2 hat nicht rechtzeitig geantwortet. Wiedergaben ohne Antwort werden beim nächsten Lauf mit dem Verlauf bei Trakt abgeglichen.</translation>
    </message>
    <message>
        <source>Not logged in to Trakt: what Trakt already has is checked when you post.</source>
        <translation>Nicht bei Trakt angemeldet: Was Trakt schon hat, wird beim Senden geprüft.</translation>
    </message>
    <message>
        <source>Could not read what Trakt already has (%1). Nothing was posted; try again.</source>
        <translation>Was Trakt schon hat, konnte nicht gelesen werden (%1). Es wurde nichts gesendet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sync (%1) not started, Trakt refused: %2</source>
        <translation>Abgleich (%1) nicht begonnen, Trakt hat abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) marked "never post" in the preview</source>
        <translation>
            <numerusform>%n Wiedergabe in der Vorschau als „nie senden“ markiert</numerusform>
            <numerusform>%n Wiedergaben in der Vorschau als „nie senden“ markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) reached Trakt since the preview; they are not posted again</source>
        <translation>
            <numerusform>%n Wiedergabe ist seit der Vorschau auf Trakt angekommen; sie wird nicht erneut gesendet</numerusform>
            <numerusform>%n Wiedergaben sind seit der Vorschau auf Trakt angekommen; sie werden nicht erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read your Trakt ratings and lists (%1). Nothing was posted; try again, or turn these extras off in Settings → Sync.</source>
        <translation>Ihre Trakt-Bewertungen und -Listen konnten nicht gelesen werden (%1). Nichts wurde gesendet; versuchen Sie es erneut oder schalten Sie diese Extras unter Einstellungen → Synchronisieren aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: "watch only once" is on in your Trakt settings</source>
        <translation>
            <numerusform>%n Wiederholung nicht gesendet: „watch only once“ ist in Ihren Trakt-Einstellungen an</numerusform>
            <numerusform>%n Wiederholungen nicht gesendet: „watch only once“ ist in Ihren Trakt-Einstellungen an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: your Trakt settings could not be read (%1)</source>
        <translation>
            <numerusform>%n Wiederholung nicht gesendet: Ihre Trakt-Einstellungen konnten nicht gelesen werden (%1)</numerusform>
            <numerusform>%n Wiederholungen nicht gesendet: Ihre Trakt-Einstellungen konnten nicht gelesen werden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trakt refused the watchlist items: the watchlist is full (%1). Nothing of that request was added.</source>
        <translation>Trakt hat die Watchlist-Einträge abgelehnt: die Watchlist ist voll (%1). Nichts aus dieser Anfrage wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Some ratings or list changes were not sent: %1</source>
        <translation>Einige Bewertungen oder Listenänderungen wurden nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Time</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TitleKind</name>
    <message>
        <source>%1 files it as a TMDB movie.</source>
        <translation>%1 führt es als TMDB-Film.</translation>
    </message>
    <message>
        <source>%1 places it in a TMDB show.</source>
        <translation>%1 ordnet es einer TMDB-Serie zu.</translation>
    </message>
    <message>
        <source>No source gives a TMDB kind; treated as a show.</source>
        <translation>Keine Quelle nennt eine TMDB-Art; als Serie behandelt.</translation>
    </message>
    <message>
        <source>No source gives a TMDB kind; the format %1 decides.</source>
        <translation>Keine Quelle nennt eine TMDB-Art; das Format %1 entscheidet.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TitleLookup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is a movie's address; a show is needed here.</source>
        <translation>Das ist die Adresse eines Films; hier wird eine Serie gebraucht.</translation>
    </message>
    <message>
        <source>This is a show's address; a movie is needed here.</source>
        <translation>Das ist die Adresse einer Serie; hier wird ein Film gebraucht.</translation>
    </message>
    <message>
        <source>Paste the show's Trakt address (trakt.tv/shows/&lt;name&gt;), its TMDB address or its Trakt id.</source>
        <translation>Fügen Sie die Trakt-Adresse der Serie (trakt.tv/shows/&lt;name&gt;), ihre TMDB-Adresse oder ihre Trakt-ID ein.</translation>
    </message>
    <message>
        <source>Not a Trakt id, trakt.tv address or themoviedb.org address. On trakt.tv, open the show or movie and copy the address from the browser.</source>
        <translation>Keine Trakt-ID, trakt.tv- oder themoviedb.org-Adresse. Öffnen Sie auf trakt.tv die Serie oder den Film und kopieren Sie die Adresse aus dem Browser.</translation>
    </message>
    <message>
        <source>This is a manga; Tsuzuki syncs anime only.</source>
        <translation>Das ist ein Manga; Tsuzuki synchronisiert nur Anime.</translation>
    </message>
    <message>
        <source>This MyAnimeList address has no anime id (expected myanimelist.net/anime/&lt;id&gt;).</source>
        <translation>Diese MyAnimeList-Adresse enthält keine Anime-ID (erwartet: myanimelist.net/anime/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Trakt does not know "%1": no show or movie has that id or name. Copy the address of its page on trakt.tv.</source>
        <translation>Trakt kennt „%1“ nicht: Keine Serie und kein Film hat diese ID oder diesen Namen. Kopieren Sie die Adresse der Seite auf trakt.tv.</translation>
    </message>
    <message>
        <source>Trakt does not know "%1". Copy the address of its page on trakt.tv.</source>
        <translation>Trakt kennt „%1“ nicht. Kopieren Sie die Adresse der Seite auf trakt.tv.</translation>
    </message>
    <message>
        <source>Trakt has no title with TMDB id %1. Copy the address of its page on trakt.tv instead.</source>
        <translation>Trakt hat keinen Titel mit der TMDB-ID %1. Kopieren Sie stattdessen die Adresse der Seite auf trakt.tv.</translation>
    </message>
    <message>
        <source>AniList has no anime with MyAnimeList id %1.</source>
        <translation>AniList hat keinen Anime mit der MyAnimeList-ID %1.</translation>
    </message>
    <message>
        <source>AniList has no anime with id %1.</source>
        <translation>AniList hat keinen Anime mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TmdbClient</name>
    <message>
        <source>No TMDB API key is set.</source>
        <translation>Kein TMDB-API-Schlüssel gesetzt.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktAuth</name>
    <message>
        <source>Trakt sent a login answer without a token.</source>
        <translation>Trakt hat eine Anmeldeantwort ohne Token gesendet.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The new Trakt login could not be saved (%1). Log in again.</source>
        <translation>Die neue Trakt-Anmeldung konnte nicht gespeichert werden (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Nicht bei Trakt angemeldet.</translation>
    </message>
    <message>
        <source>Not logged in to Trakt. Log in again.</source>
        <translation>Nicht bei Trakt angemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Trakt did not renew the login. Log in again.</source>
        <translation>Trakt hat die Anmeldung nicht erneuert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Trakt refused to renew your login (the app was disconnected, or the login was used elsewhere). Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt hat die Verlängerung Ihrer Anmeldung abgelehnt (die App wurde getrennt oder die Anmeldung anderswo verwendet). Melden Sie sich erneut bei Trakt an; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Trakt accepted the login, but it could not be saved: %1 The login is kept until Tsuzuki quits: fix this, then press Retry.</source>
        <translation>Trakt hat die Anmeldung angenommen, aber sie konnte nicht gespeichert werden: %1 Die Anmeldung bleibt erhalten, bis Tsuzuki beendet wird: Beheben Sie das und drücken Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>There is no Trakt login waiting to be saved. Log in again.</source>
        <translation>Es wartet keine Trakt-Anmeldung auf das Speichern. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktAuthRelay</name>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Nicht bei Trakt angemeldet.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktClient</name>
    <message>
        <source>Trakt listed a rating without ids.</source>
        <translation>Trakt hat eine Bewertung ohne IDs aufgeführt.</translation>
    </message>
    <message>
        <source>Trakt listed a rating outside 1 to 10.</source>
        <translation>Trakt hat eine Bewertung außerhalb von 1 bis 10 aufgeführt.</translation>
    </message>
    <message>
        <source>Trakt listed an item without ids.</source>
        <translation>Trakt hat einen Eintrag ohne IDs aufgeführt.</translation>
    </message>
    <message>
        <source>Trakt's answer to a list or rating change is not in the expected form.</source>
        <translation>Trakts Antwort auf eine Listen- oder Bewertungsänderung hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Trakt sent the ratings in an unexpected form.</source>
        <translation>Trakt hat die Bewertungen in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Trakt sent the watchlist in an unexpected form.</source>
        <translation>Trakt hat die Merkliste in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Trakt sent the dropped shows in an unexpected form.</source>
        <translation>Trakt hat die abgebrochenen Serien in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Nicht bei Trakt angemeldet.</translation>
    </message>
    <message>
        <source>Trakt sent seasons in an unexpected form.</source>
        <translation>Trakt hat die Staffeln in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Trakt did not say who is logged in.</source>
        <translation>Trakt hat nicht mitgeteilt, wer angemeldet ist.</translation>
    </message>
    <message>
        <source>Trakt's season list has an entry without a season number.</source>
        <translation>Die Staffelliste von Trakt enthält einen Eintrag ohne Staffelnummer.</translation>
    </message>
    <message>
        <source>Trakt sent search results in an unexpected form.</source>
        <translation>Trakt hat Suchergebnisse in unerwarteter Form geschickt.</translation>
    </message>
    <message>
        <source>Trakt's answer to a history post is not in the expected form.</source>
        <translation>Die Antwort von Trakt auf einen Verlaufseintrag hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Trakt sent a history page in an unexpected form.</source>
        <translation>Trakt hat eine Verlaufsseite in unerwarteter Form geschickt.</translation>
    </message>
    <message>
        <source>Trakt sent its last activities in an unexpected form.</source>
        <translation>Trakt hat seine letzten Aktivitäten in unerwarteter Form geschickt.</translation>
    </message>
    <message>
        <source>Trakt listed a watched item without ids.</source>
        <translation>Trakt hat einen angesehenen Eintrag ohne IDs geliefert.</translation>
    </message>
    <message>
        <source>Trakt sent the watched list in an unexpected form.</source>
        <translation>Trakt hat die Liste des Angesehenen in unerwarteter Form gesendet.</translation>
    </message>
    <message>
        <source>Trakt's answer to a history removal is not in the expected form.</source>
        <translation>Die Antwort von Trakt auf das Entfernen aus dem Verlauf hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Trakt sent a title in an unexpected form.</source>
        <translation>Trakt hat einen Titel in unerwarteter Form gesendet.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktDeviceLogin</name>
    <message>
        <source>No Trakt client id is set.</source>
        <translation>Keine Trakt-Client-ID gesetzt.</translation>
    </message>
    <message>
        <source>Trakt did not send a login code.</source>
        <translation>Trakt hat keinen Anmeldecode gesendet.</translation>
    </message>
    <message>
        <source>The Trakt login code expired before it was approved. Start the login again.</source>
        <translation>Der Trakt-Anmeldecode ist abgelaufen, bevor er bestätigt wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Trakt does not know this login code. Start the login again.</source>
        <translation>Trakt kennt diesen Anmeldecode nicht. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>This Trakt login code was already used. Start the login again.</source>
        <translation>Dieser Trakt-Anmeldecode wurde schon verwendet. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The Trakt login was denied.</source>
        <translation>Die Trakt-Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The Trakt login was cancelled.</source>
        <translation>Die Trakt-Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktErrors</name>
    <message>
        <source>Trakt refused to renew your login (the app was disconnected, or the login was used elsewhere). Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt hat die Verlängerung Ihrer Anmeldung abgelehnt (die App wurde getrennt oder die Anmeldung anderswo verwendet). Melden Sie sich erneut bei Trakt an; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Trakt no longer accepts Tsuzuki for your account: the app was disconnected or revoked (a free Trakt account may connect one app; connecting another revokes the first), or the client id is wrong. Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt akzeptiert Tsuzuki für Ihr Konto nicht mehr: Die App wurde getrennt oder widerrufen (ein kostenloses Trakt-Konto kann eine App verbinden; das Verbinden einer weiteren widerruft die erste), oder die Client-ID ist falsch. Melden Sie sich erneut bei Trakt an; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Your Trakt account has reached its limit (HTTP 420). Nothing more is sent; make room on Trakt, then sync again.</source>
        <translation>Ihr Trakt-Konto hat sein Limit erreicht (HTTP 420). Es wird nichts mehr gesendet; schaffen Sie auf Trakt Platz und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Your Trakt account has reached its limit of %1 items (HTTP 420). Nothing more is sent; make room on Trakt, then sync again.</source>
        <translation>Ihr Trakt-Konto hat sein Limit von %1 Einträgen erreicht (HTTP 420). Es wird nichts mehr gesendet; schaffen Sie auf Trakt Platz und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Your Trakt account has reached a free account's limit (HTTP 420). Nothing more is sent; make room on Trakt or upgrade to VIP (%1), then sync again.</source>
        <translation>Ihr Trakt-Konto hat das Limit eines kostenlosen Kontos erreicht (HTTP 420). Es wird nichts mehr gesendet; schaffen Sie auf Trakt Platz oder wechseln Sie zu VIP (%1) und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Your Trakt account has reached a free account's limit of %1 items (HTTP 420). Nothing more is sent; make room on Trakt or upgrade to VIP (%2), then sync again.</source>
        <translation>Ihr Trakt-Konto hat das Limit eines kostenlosen Kontos von %1 Einträgen erreicht (HTTP 420). Es wird nichts mehr gesendet; schaffen Sie auf Trakt Platz oder wechseln Sie zu VIP (%2) und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Your Trakt account is locked (HTTP 423): contact Trakt support (%1). Nothing more will be sent.</source>
        <translation>Ihr Trakt-Konto ist gesperrt (HTTP 423): Wenden Sie sich an den Trakt-Support (%1). Es wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Trakt asks for a VIP account for this (HTTP 426). Nothing more is sent; see %1.</source>
        <translation>Trakt verlangt dafür ein VIP-Konto (HTTP 426). Es wird nichts mehr gesendet; siehe %1.</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktIdRepair</name>
    <message>
        <source>Trakt has no %1 with id %2, which the manual mapping names: correct the mapping.</source>
        <translation>Trakt hat kein(e) %1 mit der ID %2, die die manuelle Zuordnung nennt: Korrigiere die Zuordnung.</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>show</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Trakt has no %1 with id %2 and the search for the right one could not run.</source>
        <translation>Trakt hat kein(e) %1 mit der ID %2, und die Suche nach der richtigen konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Trakt has no %1 with id %2, and no search by its TMDB, IMDb or TVDB id found another: add a manual mapping.</source>
        <translation>Trakt hat kein(e) %1 mit der ID %2, und keine Suche über die TMDB-, IMDb- oder TVDB-ID fand eine andere: Lege eine manuelle Zuordnung an.</translation>
    </message>
    <message>
        <source>Trakt has no title with id %1 and searching for it failed: %2</source>
        <translation>Trakt hat keinen Titel mit der ID %1, und die Suche danach schlug fehl: %2</translation>
    </message>
    <message>
        <source>AniList %1: Trakt id %2 does not exist on Trakt (%3); now %4 (found by %5 search).</source>
        <extracomment>%1 = AniList id, %2 = old Trakt id, %3 = why (404, not_found), %4 = new Trakt id, %5 = how it was found (tmdb, imdb, tvdb)</extracomment>
        <translation>AniList %1: Die Trakt-ID %2 gibt es auf Trakt nicht (%3); jetzt %4 (gefunden über die %5-Suche).</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktLoginDialog</name>
    <message>
        <source>Log in to Trakt</source>
        <translation>Bei Trakt anmelden</translation>
    </message>
    <message>
        <source>Asking Trakt for a code…</source>
        <translation>Code wird bei Trakt angefordert …</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Open activation page</source>
        <translation>Aktivierungsseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter this code on Trakt's activation page. The page opens in your browser; this window closes by itself once you approve.</source>
        <translation>Geben Sie diesen Code auf Trakts Aktivierungsseite ein. Die Seite öffnet sich in Ihrem Browser; dieses Fenster schließt sich von selbst, sobald Sie zustimmen.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Der Code läuft ab in %1:%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser and enter the code there:</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in einem Browser und geben Sie dort den Code ein:</translation>
    </message>
    <message>
        <source>Trakt accepted the login. It still has to be saved:</source>
        <translation>Trakt hat die Anmeldung angenommen. Sie muss noch gespeichert werden:</translation>
    </message>
    <message>
        <source>Saving the Trakt login…</source>
        <translation>Speichere die Trakt-Anmeldung …</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktRefusalPresenter</name>
    <message>
        <source>Log in to Trakt…</source>
        <translation>Bei Trakt anmelden …</translation>
    </message>
    <message>
        <source>Contact Trakt support…</source>
        <translation>Trakt-Support kontaktieren …</translation>
    </message>
    <message>
        <source>About Trakt VIP…</source>
        <translation>Über Trakt VIP …</translation>
    </message>
    <message>
        <source>Trakt refused the sync</source>
        <translation>Trakt hat den Abgleich abgelehnt</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TrayController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Open Tsuzuki</source>
        <translation>Tsuzuki ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>Zeitplan &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Tsuzuki</source>
        <translation>Tsuzuki</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Letzte Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>Zeitplan pausiert</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Nächster Lauf: %1</translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>Zeitplan aus</translation>
    </message>
    <message>
        <source>Next run: due now</source>
        <translation>Nächster Lauf: jetzt fällig</translation>
    </message>
</context>
</TS>
