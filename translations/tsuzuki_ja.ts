<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Tsuzuki</name>
    <message>
        <source>Trakt access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an AniList access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList %1: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList %1: &quot;%2&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt has no season %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt&apos;s season %3 has %4 episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 puts the entry&apos;s last episode (%2) at %3, which Trakt does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers season %2 with %3 episodes; Trakt&apos;s season %2 has %4 (different numbering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: &quot;%2&quot; has the wrong type (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no &quot;anime&quot; table (tables: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;anime&quot; table has no anilist_id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;anime&quot; table cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row with mal_id %1: anilist_id &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList %1: thetvdb_season &quot;%2&quot; is neither a number nor &quot;a&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;anime&quot; table has no row with an AniList id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no HTTP response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a web page instead of data (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 login has expired or was revoked. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the login. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked the request (HTTP 403, web page reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): check the API key or app id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this item (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account limit reached (HTTP 420): the list or collection is full for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account is locked or deactivated (HTTP 423). Contact %1 support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 feature needs a VIP account (HTTP 426).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniBridgeImporter</name>
    <message>
        <source>expected a JSON object keyed by AniList id, found an array or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not an AniList id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList %1: the entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries carry their own anilist_id, so the keys are not AniList ids (is this Kometa&apos;s or Fribb&apos;s list?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no AniList entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the %1 entries has a mapping field (mal_id, tvdb_id, tvdb_mappings, ...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListClient</name>
    <message>
        <source>Your AniList login has expired or was revoked. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList sent a reply without data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to AniList.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList did not say who is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList kept reporting more activity pages (stopped after %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList kept reporting more list chunks (stopped after %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListProgress</name>
    <message>
        <source>Unreadable AniList progress &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::App</name>
    <message>
        <source>Tsuzuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::BreakpointMap</name>
    <message>
        <source>The cached breakpoint map is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Builder</name>
    <message>
        <source>No Trakt mapping found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable progress &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No watched episodes on AniList</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli</name>
    <message>
        <source>unknown expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED on %1: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires soon, on %1: log in again before then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Trakt client id. Create an app at trakt.tv/oauth/applications and set TRAKT_CLIENT_ID (or the client id in the app&apos;s settings), and store its secret with TRAKT_CLIENT_SECRET or the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in to Trakt, open %1 and enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for approval (the code expires in %n minute(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(user name not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Trakt as %1; token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open https://anilist.co/api/v2/oauth/authorize?client_id=%1&amp;response_type=token, approve, and paste the token shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your AniList access token (from the PIN page of your AniList API client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store cannot be written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to AniList as %1; token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in (tsuzuki-cli auth trakt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1; token %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token stored (%1), but Trakt did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in (tsuzuki-cli auth anilist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trakt or anilist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of Trakt; the token was revoked and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of AniList; the token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which service: tsuzuki-cli auth logout trakt|anilist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Trakt with a device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store an AniList token read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signed in where, and when each token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and forget a service&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet: no sync or import has run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database in use, schema version, row counts and status keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ConnectionTester</name>
    <message>
        <source>Connected: %1. Schema version %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file opens (SQLite %1). Schema version %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Database</name>
    <message>
        <source>The database reported an error while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: database connection name in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 6543 is Supabase&apos;s transaction pooler, which drops the prepared statements Tsuzuki uses between transactions. Use the session pooler or a direct connection (port 5432) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed (Debian: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the user name or password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (sslmode=%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at %1:%2. Is the server running and reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or user does not exist on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL connection URI. Expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI needs a user name (postgresql://user@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only postgresql:// URIs and SQLite file paths are supported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EnvSecretStore</name>
    <message>
        <source>The %1 cannot be given as an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1: the environment variable %2 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only: change or unset %1 where Tsuzuki is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodeMapper</name>
    <message>
        <source>No Trakt title is known for this AniList entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: Trakt&apos;s seasons are not known offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt&apos;s seasons of this show are not known (fetch them online once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute episode %1 is not in Trakt&apos;s seasons (they end at %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodePattern</name>
    <message>
        <source>Episode pattern &quot;%1&quot;: &quot;%2&quot; is not eA, eA-eB, eA- or -eB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode pattern &quot;%1&quot;: a ratio of 0 in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode pattern &quot;%1&quot;: the range &quot;%2&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a season key like s1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1 is past the end of the episode pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::FribbsImporter</name>
    <message>
        <source>expected a JSON array of entries (Fribb&apos;s anime-list-full.json), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the %1 entries has an anilist_id (is this Fribb&apos;s AniList-keyed list?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::HttpClient</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdMapRepository</name>
    <message>
        <source>Internal error: a row of another source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdParser</name>
    <message>
        <source>Enter an AniList id or paste the anime&apos;s AniList address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an AniList id or anilist.co address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a manga; Tsuzuki syncs anime only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AniList address has no anime id (expected anilist.co/anime/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Trakt id or paste the show&apos;s Trakt address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Trakt id or trakt.tv address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Trakt address is not a show or movie page (expected trakt.tv/shows/&lt;name&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a TMDB id or paste a themoviedb.org address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TMDB id or themoviedb.org address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TMDB address has no tv or movie id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a TVDB id or paste a thetvdb.com address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TVDB id or thetvdb.com address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This TVDB address has no series id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMDb id looks like tt0388629.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ImportHelpers</name>
    <message>
        <source>%1 mappings: %2</source>
        <extracomment>%1 = mapping source (Otaku, Fribbs, AniBridge), %2 = what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is an HTML or XML page, not mapping data (a download error page?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a SQLite database, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON ends early at byte %1 (a truncated file?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mappings: saving failed; the previous data is unchanged. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server without a keyring, use the environment variables instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server without a keyring, set the environment variable %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the %1 cannot be used. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the %1 cannot be used. Allow Tsuzuki to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked, so the %1 cannot be used. Unlock your keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s keychain cannot store the %1. Use the environment variables instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LayeredSecretStore</name>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overridden by environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is turned off, so the %1 cannot be saved. Set it as an environment variable where Tsuzuki is started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MainWindow</name>
    <message>
        <source>Tsuzuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tsuzuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tsuzuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your Trakt watch history in step with what you watch on AniList.&lt;br&gt;&lt;br&gt;Built with Qt %1. Mapping data: Otaku-Mappings, Fribbs anime-lists, AniBridge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDialog</name>
    <message>
        <source>Add mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AniList (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trakt (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;MDB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMDb:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;VDB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an id or the page address from the site. A manual mapping wins over imported mapping data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the show&apos;s name on Trakt, not its id. Use the Trakt id (on the show page under &quot;Links&quot;, or trakt.tv/shows/&lt;id&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address names the series but has no numeric id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingModel</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TMDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMDb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingRepository</name>
    <message>
        <source>A manual mapping needs an AniList id and a Trakt id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingsTab</name>
    <message>
        <source>Filter by id or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AniList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt did not find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Trakt season/episode for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) mapping</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1? The next sync resolves it again from the mapping data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1 (%2)? The next sync resolves it again from the mapping data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OtakuImporter</name>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideModel</name>
    <message>
        <source>Trakt show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideRepository</name>
    <message>
        <source>The Trakt id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absolute episode must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The season must be 0 (specials) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ProgressModel</name>
    <message>
        <source>AniList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last episode on Trakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Built-in SQLite file (nothing to set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL or Supabase server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase: use the session pooler (port 5432) or a direct connection; the transaction pooler (port 6543) does not keep the prepared statements Tsuzuki uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the database reconnects the app. The password is stored in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URI that starts with postgresql:// (Supabase: Project Settings → Database → Connection string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no writable keychain to keep the password in. Set TSUZUKI_DATABASE_PASSWORD instead, or use a server that needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncEngine</name>
    <message>
        <source>This run would add %1 plays, more than the limit of %2. Confirm to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check Trakt history for &quot;%1&quot; without a Trakt or IMDb id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Time</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TmdbClient</name>
    <message>
        <source>No TMDB API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktAuth</name>
    <message>
        <source>Trakt sent a login answer without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new Trakt login could not be saved (%1). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to Trakt. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt did not renew the login. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktClient</name>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt sent seasons in an unexpected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt did not say who is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktDeviceLogin</name>
    <message>
        <source>No Trakt client id is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt did not send a login code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trakt login code expired before it was approved. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trakt does not know this login code. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Trakt login code was already used. Start the login again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trakt login was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trakt login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktSeasons</name>
    <message>
        <source>Trakt&apos;s season list has an entry without a season number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
