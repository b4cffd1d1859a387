<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Tsuzuki</name>
    <message>
        <source>Trakt access token</source>
        <translation>Trakt アクセストークン</translation>
    </message>
    <message>
        <source>Trakt refresh token</source>
        <translation>Trakt リフレッシュトークン</translation>
    </message>
    <message>
        <source>Trakt token expiry</source>
        <translation>Trakt トークンの有効期限</translation>
    </message>
    <message>
        <source>Trakt client secret</source>
        <translation>Trakt クライアントシークレット</translation>
    </message>
    <message>
        <source>AniList access token</source>
        <translation>AniList アクセストークン</translation>
    </message>
    <message>
        <source>AniList token expiry</source>
        <translation>AniList トークンの有効期限</translation>
    </message>
    <message>
        <source>TMDB API key</source>
        <translation>TMDB API キー</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>This does not look like an AniList access token.</source>
        <translation>AniList のアクセストークンではないようです。</translation>
    </message>
    <message>
        <source>AniList %1: "%2": %3</source>
        <translation>AniList %1: 「%2」: %3</translation>
    </message>
    <message>
        <source>AniList %1: "%2" has the wrong type.</source>
        <translation>AniList %1: 「%2」の型が正しくありません。</translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt has no season %3.</source>
        <translation>%1 は %2 としていますが、Trakt にシーズン %3 はありません。</translation>
    </message>
    <message>
        <source>%1 says %2, but Trakt's season %3 has %4 episodes.</source>
        <translation>%1 は %2 としていますが、Trakt のシーズン %3 は %4 話です。</translation>
    </message>
    <message>
        <source>%1 puts the entry's last episode (%2) at %3, which Trakt does not have.</source>
        <translation>%1 はこのエントリの最終話 (%2) を %3 としていますが、Trakt にはありません。</translation>
    </message>
    <message>
        <source>%1 numbers season %2 with %3 episodes; Trakt's season %2 has %4 (different numbering).</source>
        <translation>%1 はシーズン %2 を %3 話としていますが、Trakt のシーズン %2 は %4 話です (話数の付け方が異なります)。</translation>
    </message>
    <message>
        <source>entry %1: "%2" has the wrong type (%3).</source>
        <translation>エントリ %1: 「%2」の型が正しくありません (%3)。</translation>
    </message>
    <message>
        <source>the database has no "anime" table (tables: %1).</source>
        <translation>データベースに「anime」テーブルがありません (テーブル: %1)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the "anime" table has no anilist_id column.</source>
        <translation>「anime」テーブルに anilist_id 列がありません。</translation>
    </message>
    <message>
        <source>the "anime" table cannot be read.</source>
        <translation>「anime」テーブルを読み込めません。</translation>
    </message>
    <message>
        <source>row with mal_id %1: anilist_id "%2" is not a number.</source>
        <translation>mal_id %1 の行: anilist_id「%2」が数値ではありません。</translation>
    </message>
    <message>
        <source>AniList %1: thetvdb_season "%2" is neither a number nor "a".</source>
        <translation>AniList %1: thetvdb_season「%2」は数値でも「a」でもありません。</translation>
    </message>
    <message>
        <source>the "anime" table has no row with an AniList id.</source>
        <translation>「anime」テーブルに AniList ID を持つ行がありません。</translation>
    </message>
    <message>
        <source>%1 sent no HTTP response.</source>
        <translation>%1 から HTTP 応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before an answer arrived.</source>
        <translation>%1 への接続が応答の前に切断されました。</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>%1 sent a web page instead of data (HTTP %2).</source>
        <translation>%1 がデータの代わりにウェブページを返しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 sent a reply that is not valid JSON (HTTP %2).</source>
        <translation>%1 の応答が正しい JSON ではありません (HTTP %2)。</translation>
    </message>
    <message>
        <source>Your %1 login has expired or was revoked. Log in again.</source>
        <translation>%1 のログインが期限切れか取り消されました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 がリクエストを拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 did not accept the login. Log in again.</source>
        <translation>%1 がログインを受け付けませんでした。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>%1 blocked the request (HTTP 403, web page reply).</source>
        <translation>%1 がリクエストをブロックしました (HTTP 403、ウェブページの応答)。</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): check the API key or app id.</source>
        <translation>%1 がリクエストを拒否しました (HTTP 403): API キーまたはアプリ ID を確認してください。</translation>
    </message>
    <message>
        <source>%1 does not know this item (HTTP 404).</source>
        <translation>%1 はこの項目を認識していません (HTTP 404)。</translation>
    </message>
    <message>
        <source>%1 account limit reached (HTTP 420): the list or collection is full for this account.</source>
        <translation>%1 のアカウント上限に達しました (HTTP 420): このアカウントのリストまたはコレクションがいっぱいです。</translation>
    </message>
    <message>
        <source>%1 account is locked or deactivated (HTTP 423). Contact %1 support.</source>
        <translation>%1 のアカウントがロックまたは無効化されています (HTTP 423)。%1 のサポートに連絡してください。</translation>
    </message>
    <message>
        <source>This %1 feature needs a VIP account (HTTP 426).</source>
        <translation>この %1 の機能には VIP アカウントが必要です (HTTP 426)。</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Try again later.</source>
        <translation>%1 がリクエストを制限しています (HTTP 429)。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 でサーバーの問題が発生しています (HTTP %2)。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 が HTTP %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 numbers episodes like TVDB, and Trakt's absolute numbers do not confirm %2 for episode %3 (TVDB's numbering of this show is not known to match TMDB's).</source>
        <translation>%1 は TVDB の番号付けで、Trakt の絶対番号はエピソード %3 の %2 を裏付けていません（この番組の TVDB の番号付けが TMDB と一致するかは不明です）。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Accounts</name>
    <message>
        <source>Not logged in</source>
        <translation>ログインしていません</translation>
    </message>
    <message>
        <source>Token expired on %1: log in again</source>
        <translation>トークンは %1 に期限切れになりました。もう一度ログインしてください</translation>
    </message>
    <message>
        <source>Logged in; the token expires on %1: log in again soon</source>
        <translation>ログイン済み。トークンは %1 に期限切れになります。近いうちにもう一度ログインしてください</translation>
    </message>
    <message>
        <source>Logged in as %1; the token expires on %2: log in again soon</source>
        <translation>%1 としてログイン済み。トークンは %2 に期限切れになります。近いうちにもう一度ログインしてください</translation>
    </message>
    <message>
        <source>Logged in, token valid until %1</source>
        <translation>ログイン済み。トークンは %1 まで有効です</translation>
    </message>
    <message>
        <source>Logged in as %1, token valid until %2</source>
        <translation>%1 としてログイン済み。トークンは %2 まで有効です</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>%1 としてログイン済み</translation>
    </message>
    <message>
        <source>AniList refused the stored token: log in again.</source>
        <translation>AniList が保存されたトークンを拒否しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Trakt refused the stored login: log in again.</source>
        <translation>Trakt が保存されたログインを拒否しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Paste the token from AniList's PIN page first.</source>
        <translation>まず AniList の PIN ページのトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>There is no writable keychain to keep the AniList token in.</source>
        <translation>AniList のトークンを保存できる書き込み可能なキーチェーンがありません。</translation>
    </message>
    <message>
        <source>Logged in to AniList as %1</source>
        <translation>%1 として AniList にログインしました</translation>
    </message>
    <message>
        <source>Logged out of AniList</source>
        <translation>AniList からログアウトしました</translation>
    </message>
    <message>
        <source>No Trakt client id. Create an app at trakt.tv/oauth/applications, then enter its client id and secret in Settings → Accounts (or set TRAKT_CLIENT_ID and TRAKT_CLIENT_SECRET).</source>
        <translation>Trakt のクライアント ID がありません。trakt.tv/oauth/applications でアプリを作成し、そのクライアント ID とシークレットを 設定 → アカウント に入力してください(または TRAKT_CLIENT_ID と TRAKT_CLIENT_SECRET を設定してください)。</translation>
    </message>
    <message>
        <source>Logged in to Trakt</source>
        <translation>Trakt にログインしました</translation>
    </message>
    <message>
        <source>Trakt login failed: %1</source>
        <translation>Trakt へのログインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Logged out of Trakt</source>
        <translation>Trakt からログアウトしました</translation>
    </message>
    <message>
        <source>AniList refused the stored token: log in to AniList again.</source>
        <translation>AniList が保存済みのトークンを拒否しました。AniList に再ログインしてください。</translation>
    </message>
    <message>
        <source>Trakt refused the stored login: log in to Trakt again (%1)</source>
        <translation>Trakt が保存済みのログインを拒否しました。Trakt に再ログインしてください (%1)</translation>
    </message>
    <message>
        <source>Logged in to Trakt as %1</source>
        <translation>Trakt に %1 としてログインしました</translation>
    </message>
    <message>
        <source>The Trakt login could still not be saved: %1</source>
        <translation>Trakt のログインはまだ保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AddressBox</name>
    <message>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser yourself:</source>
        <translation>Web ブラウザーを開けませんでした。このアドレスをご自分でブラウザーで開いてください:</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniBridgeImporter</name>
    <message>
        <source>expected a JSON object keyed by AniList id, found an array or value.</source>
        <translation>AniList ID をキーとする JSON オブジェクトが必要ですが、配列または値が見つかりました。</translation>
    </message>
    <message>
        <source>the key "%1" is not an AniList id.</source>
        <translation>キー「%1」は AniList ID ではありません。</translation>
    </message>
    <message>
        <source>AniList %1: the entry is not an object.</source>
        <translation>AniList %1: エントリがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>the entries carry their own anilist_id, so the keys are not AniList ids (is this Kometa's or Fribb's list?).</source>
        <translation>エントリ自体が anilist_id を持っているため、キーは AniList ID ではありません (Kometa または Fribb のリストではありませんか?)。</translation>
    </message>
    <message>
        <source>the file has no AniList entries.</source>
        <translation>ファイルに AniList のエントリがありません。</translation>
    </message>
    <message>
        <source>none of the %1 entries has a mapping field (mal_id, tvdb_id, tvdb_mappings, ...).</source>
        <translation>%1 件のエントリのどれにもマッピング項目 (mal_id、tvdb_id、tvdb_mappings など) がありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniBridgeV3Importer</name>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>expected a JSON object of source descriptors.</source>
        <translation>ソース記述子の JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>the file is schema version %1; this Tsuzuki reads version 3.</source>
        <translation>このファイルのスキーマはバージョン %1 です。この Tsuzuki が読めるのはバージョン 3 です。</translation>
    </message>
    <message>
        <source>the key "%1" is not a descriptor provider:id[:scope].</source>
        <translation>キー「%1」は provider:id[:scope] 形式の記述子ではありません。</translation>
    </message>
    <message>
        <source>%1: the value is not an object of targets.</source>
        <translation>%1: 値がターゲットのオブジェクトではありません。</translation>
    </message>
    <message>
        <source>the key "%1" is not an AniList id.</source>
        <translation>キー「%1」は AniList ID ではありません。</translation>
    </message>
    <message>
        <source>%1: the target "%2" is not a descriptor provider:id[:scope].</source>
        <translation>%1: ターゲット「%2」は provider:id[:scope] 形式の記述子ではありません。</translation>
    </message>
    <message>
        <source>%1 → %2: the range map is not an object.</source>
        <translation>%1 → %2: 範囲マップがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>%1 → %2: the range "%3" maps to something that is neither text nor null.</source>
        <translation>%1 → %2: 範囲「%3」の値がテキストでも null でもありません。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>there is text after the end of the JSON object.</source>
        <translation>JSON オブジェクトの終わりの後にテキストがあります。</translation>
    </message>
    <message>
        <source>the file maps no AniList id.</source>
        <translation>このファイルには AniList ID の対応がありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListClient</name>
    <message>
        <source>Your AniList login has expired or was revoked. Log in again.</source>
        <translation>AniList のログインが期限切れか取り消されました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>AniList reported an error: %1</source>
        <translation>AniList がエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>AniList sent a reply without data.</source>
        <translation>AniList がデータのない応答を返しました。</translation>
    </message>
    <message>
        <source>Not logged in to AniList.</source>
        <translation>AniList にログインしていません。</translation>
    </message>
    <message>
        <source>AniList did not say who is logged in.</source>
        <translation>AniList はログイン中のユーザーを返しませんでした。</translation>
    </message>
    <message>
        <source>AniList kept reporting more activity pages (stopped after %1).</source>
        <translation>AniList がアクティビティのページを返し続けました (%1 ページで停止)。</translation>
    </message>
    <message>
        <source>AniList kept reporting more list chunks (stopped after %1).</source>
        <translation>AniList がリストのチャンクを返し続けました (%1 個で停止)。</translation>
    </message>
    <message>
        <source>AniList sent activity page %1 in an unexpected form; nothing was synced from it.</source>
        <translation>AniList のアクティビティ %1 ページ目が想定外の形式でした。このページからは何も同期していません。</translation>
    </message>
    <message>
        <source>AniList sent an activity in an unexpected form (page %1); nothing was synced from it.</source>
        <translation>AniList のアクティビティが想定外の形式でした（%1 ページ目）。このページからは何も同期していません。</translation>
    </message>
    <message>
        <source>AniList sent part %1 of the anime list in an unexpected form; nothing was synced from it.</source>
        <translation>AniList のアニメリスト（パート %1）が想定外の形式でした。ここからは何も同期していません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::AniListProgress</name>
    <message>
        <source>Unreadable AniList progress "%1".</source>
        <translation>AniList の進捗「%1」を読み取れません。</translation>
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
        <translation>手動マッピングを保存しました: AniList %1 → Trakt %2</translation>
    </message>
    <message>
        <source>Manual mapping saved for AniList %1</source>
        <translation>AniList %1 の手動マッピングを保存しました</translation>
    </message>
    <message>
        <source>Mapping of AniList %1 removed</source>
        <translation>AniList %1 のマッピングを削除しました</translation>
    </message>
    <message>
        <source>Episode override saved: Trakt %1 episode %2 → S%3E%4</source>
        <translation>エピソードの上書きを保存しました: Trakt %1 の第 %2 話 → S%3E%4</translation>
    </message>
    <message>
        <source>Episode override removed: Trakt %1 episode %2</source>
        <translation>エピソードの上書きを削除しました: Trakt %1 の第 %2 話</translation>
    </message>
    <message>
        <source>Force resync of AniList %1: progress and posted-plays record forgotten</source>
        <translation>AniList %1 を強制的に再同期: 進捗と送信済み再生の記録を消去しました</translation>
    </message>
    <message>
        <source>Activity window reset: the next full sync reads every activity</source>
        <translation>アクティビティの範囲をリセットしました: 次の完全同期ですべてのアクティビティを読み込みます</translation>
    </message>
    <message>
        <source>Never post: %1 episode %2</source>
        <translation>二度と送信しない: %1 第 %2 話</translation>
    </message>
    <message numerus="yes">
        <source>Never post: %n play(s)</source>
        <translation>
            <numerusform>二度と送信しない: %n 件の再生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post again: %n play(s) offered by the next sync</source>
        <translation>
            <numerusform>再び送信: %n 件の再生を次回の同期で提示します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Application</name>
    <message>
        <source>No system tray on this desktop: closing the window quits Tsuzuki.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウを閉じると Tsuzuki は終了します。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::BreakpointMap</name>
    <message>
        <source>The cached breakpoint map is not readable.</source>
        <translation>キャッシュされたブレークポイントマップを読み取れません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Candidate</name>
    <message>
        <source>%1 explicitly leaves episode %2 out of %3.</source>
        <translation>%1 はエピソード %2 を %3 から明示的に除外しています。</translation>
    </message>
    <message>
        <source>%1 has no place for episode %2.</source>
        <translation>%1 にはエピソード %2 の対応先がありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli</name>
    <message>
        <source>Usage: tsuzuki-cli [--database URI|FILE] [--json] [--verbose] &lt;command&gt; [arguments]</source>
        <translation>使い方: tsuzuki-cli [--database URI|FILE] [--json] [--verbose] &lt;コマンド&gt; [引数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>The database is --database, else TSUZUKI_DATABASE, else the one chosen in the app's settings, else the default SQLite file. A postgresql:// URI takes its password from the keychain (or TSUZUKI_DATABASE_PASSWORD).</source>
        <translation>データベースは --database、なければ TSUZUKI_DATABASE、なければアプリの設定で選んだもの、なければ既定の SQLite ファイルです。postgresql:// URI のパスワードはキーチェーン (または TSUZUKI_DATABASE_PASSWORD) から取得します。</translation>
    </message>
    <message>
        <source>--database needs a postgresql:// URI or a SQLite file path.</source>
        <translation>--database には postgresql:// URI または SQLite ファイルのパスが必要です。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>To sign in to Trakt, open %1 and enter the code:</source>
        <translation>Trakt にサインインするには、%1 を開いて次のコードを入力してください:</translation>
    </message>
    <message>
        <source>(user name not available)</source>
        <translation>(ユーザー名を取得できません)</translation>
    </message>
    <message>
        <source>Open https://anilist.co/api/v2/oauth/authorize?client_id=%1&amp;response_type=token, approve, and paste the token shown.</source>
        <translation>https://anilist.co/api/v2/oauth/authorize?client_id=%1&amp;response_type=token を開いて承認し、表示されたトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Paste your AniList access token (from the PIN page of your AniList API client).</source>
        <translation>AniList アクセストークンを貼り付けてください (AniList API クライアントの PIN ページに表示されます)。</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>トークン: </translation>
    </message>
    <message>
        <source>No token given; nothing was changed.</source>
        <translation>トークンが入力されなかったため、何も変更していません。</translation>
    </message>
    <message>
        <source>Secrets:  %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source>AniList:  %1</source>
        <translation>AniList: %1</translation>
    </message>
    <message>
        <source>Trakt:    %1</source>
        <translation>Trakt:   %1</translation>
    </message>
    <message>
        <source>TMDB:     %1</source>
        <translation>TMDB:    %1</translation>
    </message>
    <message>
        <source>API key set</source>
        <translation>API キー設定済み</translation>
    </message>
    <message>
        <source>no API key (optional)</source>
        <translation>API キーなし (任意)</translation>
    </message>
    <message>
        <source>trakt or anilist</source>
        <translation>trakt または anilist</translation>
    </message>
    <message>
        <source>Signed out of Trakt; the token was revoked and removed.</source>
        <translation>Trakt からサインアウトしました。トークンは取り消され、削除されました。</translation>
    </message>
    <message>
        <source>Signed out of AniList; the token was removed.</source>
        <translation>AniList からサインアウトしました。トークンは削除されました。</translation>
    </message>
    <message>
        <source>Say which service: tsuzuki-cli auth logout trakt|anilist</source>
        <translation>サービスを指定してください: tsuzuki-cli auth logout trakt|anilist</translation>
    </message>
    <message>
        <source>Sign in to Trakt with a device code</source>
        <translation>デバイスコードで Trakt にサインイン</translation>
    </message>
    <message>
        <source>Store an AniList token read from standard input</source>
        <translation>標準入力から読み込んだ AniList トークンを保存</translation>
    </message>
    <message>
        <source>Who is signed in where, and when each token expires</source>
        <translation>どこにサインインしているか、各トークンの有効期限</translation>
    </message>
    <message>
        <source>Revoke and forget a service's tokens</source>
        <translation>サービスのトークンを取り消して削除</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Database:       %1 (%2)</source>
        <translation>データベース:       %1 (%2)</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>スキーマバージョン: %1 (最新 %2)</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数:</translation>
    </message>
    <message>
        <source>Status keys:</source>
        <translation>ステータスキー:</translation>
    </message>
    <message>
        <source>(none yet: no sync or import has run)</source>
        <translation>(まだありません: 同期もインポートも実行されていません)</translation>
    </message>
    <message>
        <source>Show the database in use, schema version, row counts and status keys</source>
        <translation>使用中のデータベース、スキーマバージョン、行数、ステータスキーを表示</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>Show what would be posted, post nothing.</source>
        <translation>送信される内容を表示し、何も送信しません。</translation>
    </message>
    <message>
        <source>Run as the scheduler does (status:sync:last-run-auto).</source>
        <translation>スケジューラーと同じように実行します (status:sync:last-run-auto)。</translation>
    </message>
    <message>
        <source>Confirm a run above the plays guard.</source>
        <translation>再生数の上限を超える実行を承認します。</translation>
    </message>
    <message>
        <source>Plays per request (default 100).</source>
        <translation>1 リクエストあたりの再生数 (既定 100)。</translation>
    </message>
    <message>
        <source>Plays guard (default 5000).</source>
        <translation>再生数の上限 (既定 5000)。</translation>
    </message>
    <message>
        <source>Post every AniList activity since the last sync to Trakt</source>
        <translation>前回の同期以降の AniList のアクティビティをすべて Trakt に送信</translation>
    </message>
    <message>
        <source>Post the episodes of COMPLETED entries</source>
        <translation>完了 (COMPLETED) エントリのエピソードを送信</translation>
    </message>
    <message>
        <source>Post the episodes of CURRENT entries</source>
        <translation>視聴中 (CURRENT) エントリのエピソードを送信</translation>
    </message>
    <message>
        <source>%1: imported %2 AniList ids from %3 entries in %4 s.</source>
        <extracomment>%1 = source, %2 = AniList ids, %3 = entries read, %4 = seconds</extracomment>
        <translation>%1: %3 件のエントリから %2 件の AniList ID を %4 秒でインポートしました。</translation>
    </message>
    <message>
        <source>Unknown mapping source "%1": use otaku, fribbs or anibridge.</source>
        <translation>不明なマッピングソース「%1」です: otaku、fribbs、anibridge のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>otaku, fribbs or anibridge</source>
        <translation>otaku、fribbs または anibridge</translation>
    </message>
    <message>
        <source>The mapping file to import.</source>
        <translation>インポートするマッピングファイル。</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli mappings import otaku|fribbs|anibridge --file PATH</source>
        <translation>使い方: tsuzuki-cli mappings import otaku|fribbs|anibridge --file パス</translation>
    </message>
    <message>
        <source>otaku, fribbs or anibridge (default: all three)</source>
        <translation>otaku、fribbs または anibridge (既定: 3 つすべて)</translation>
    </message>
    <message>
        <source>%1: downloading %2</source>
        <translation>%1: %2 をダウンロード中</translation>
    </message>
    <message>
        <source>AniList %1: %2</source>
        <translation>AniList %1: %2</translation>
    </message>
    <message>
        <source>  ids:     trakt %1, tmdb %2, tvdb %3, imdb %4</source>
        <translation>  ID:       trakt %1、tmdb %2、tvdb %3、imdb %4</translation>
    </message>
    <message>
        <source>  found:   %1</source>
        <translation>  検出元:   %1</translation>
    </message>
    <message>
        <source>  reason:  %1</source>
        <translation>  理由:     %1</translation>
    </message>
    <message>
        <source>AniList id (or AniList URL)</source>
        <translation>AniList ID (または AniList の URL)</translation>
    </message>
    <message>
        <source>AniList episode number (default 1).</source>
        <translation>AniList のエピソード番号 (既定 1)。</translation>
    </message>
    <message>
        <source>Use only the database: no TMDB or Trakt requests.</source>
        <translation>データベースのみを使い、TMDB や Trakt にはリクエストしません。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>AniList format (TV, MOVIE, ...); default: from the mapping data.</source>
        <translation>AniList の形式 (TV、MOVIE など)。既定: マッピングデータから。</translation>
    </message>
    <message>
        <source>  seasons: %1</source>
        <translation>  シーズン: %1</translation>
    </message>
    <message>
        <source>Episode %1 → Trakt show %2, S%3E%4</source>
        <extracomment>%1 = AniList episode, %2 = Trakt id (or tmdb:N), %3 = season, %4 = episode</extracomment>
        <translation>第 %1 話 → Trakt の作品 %2、S%3E%4</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (他 %1 件)</translation>
    </message>
    <message>
        <source>Movie → Trakt movie %1</source>
        <translation>映画 → Trakt の映画 %1</translation>
    </message>
    <message>
        <source>Episode %1 is unmapped: %2</source>
        <translation>第 %1 話は未マッピングです: %2</translation>
    </message>
    <message>
        <source>  rule:    %1 (%2)%3</source>
        <translation>  ルール:   %1 (%2)%3</translation>
    </message>
    <message>
        <source>, not verified against Trakt's seasons</source>
        <translation>、Trakt のシーズンとは未照合</translation>
    </message>
    <message>
        <source>  note:    %1</source>
        <translation>  注記:     %1</translation>
    </message>
    <message>
        <source>cached (offline)</source>
        <translation>キャッシュ (オフライン)</translation>
    </message>
    <message>
        <source>Warning: Trakt's seasons could not be read (%1); using the cached ones.</source>
        <translation>警告: Trakt のシーズンを読み込めませんでした (%1)。キャッシュを使います。</translation>
    </message>
    <message>
        <source>cached (Trakt unavailable)</source>
        <translation>キャッシュ (Trakt に接続不可)</translation>
    </message>
    <message>
        <source>from Trakt</source>
        <translation>Trakt から</translation>
    </message>
    <message>
        <source>AniList id or AniList URL</source>
        <translation>AniList ID または AniList の URL</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli sync show &lt;anilistId or AniList URL&gt;</source>
        <translation>使い方: tsuzuki-cli sync show &lt;AniList ID または AniList の URL&gt;</translation>
    </message>
    <message>
        <source>AniList %1 has no Trakt title: %2</source>
        <translation>AniList %1 に対応する Trakt のタイトルがありません: %2</translation>
    </message>
    <message>
        <source>no mapping source or Trakt search found one; add a manual mapping with `tsuzuki-cli mappings set`.</source>
        <translation>マッピングソースにも Trakt の検索にも見つかりませんでした。`tsuzuki-cli mappings set` で手動マッピングを追加してください。</translation>
    </message>
    <message>
        <source>AniList %1 is the Trakt movie %2: a movie has no seasons to store.</source>
        <translation>AniList %1 は Trakt の映画 %2 です: 映画には保存するシーズンがありません。</translation>
    </message>
    <message>
        <source>  season %1: absolute episodes %2–%3</source>
        <translation>  シーズン %1: 通し番号 %2–%3 話</translation>
    </message>
    <message>
        <source>Stored %1 and %2 (%3). Nothing was posted to Trakt.</source>
        <translation>%1 と %2 を保存しました (%3)。Trakt には何も送信していません。</translation>
    </message>
    <message>
        <source>Import a mapping-source file into the database</source>
        <translation>マッピングソースのファイルをデータベースにインポート</translation>
    </message>
    <message>
        <source>Download and import mapping data (TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL, TSUZUKI_ANIBRIDGE_URL)</source>
        <translation>マッピングデータをダウンロードしてインポート (TSUZUKI_OTAKU_URL、TSUZUKI_FRIBBS_URL、TSUZUKI_ANIBRIDGE_URL)</translation>
    </message>
    <message>
        <source>Show where an AniList episode lands on Trakt, and why</source>
        <translation>AniList のエピソードが Trakt のどこに対応するか、その理由とともに表示</translation>
    </message>
    <message>
        <source>Resolve one show, fetch its Trakt seasons and store the episode list and breakpoint map (posts nothing)</source>
        <translation>1 作品を解決し、Trakt のシーズンを取得して、エピソード一覧とブレークポイントマップを保存 (何も送信しません)</translation>
    </message>
    <message>
        <source>%1 must be a positive number, got "%2"</source>
        <translation>%1 は正の数でなければなりません (指定値「%2」)</translation>
    </message>
    <message>
        <source>One AniList id.</source>
        <translation>AniList ID を 1 つ。</translation>
    </message>
    <message>
        <source>Rows (default 50).</source>
        <translation>行数 (既定 50)。</translation>
    </message>
    <message>
        <source>progress reset &lt;anilistId&gt;: force a resync of one show</source>
        <translation>progress reset &lt;anilistId&gt;: 1 作品を強制的に再同期</translation>
    </message>
    <message>
        <source>usage: progress reset &lt;anilistId&gt;</source>
        <translation>使い方: progress reset &lt;anilistId&gt;</translation>
    </message>
    <message>
        <source>AniList id</source>
        <translation>AniList ID</translation>
    </message>
    <message>
        <source>(no progress rows)</source>
        <translation>(進捗の行はありません)</translation>
    </message>
    <message>
        <source>lastSyncTimestamp set to 0: the next full sync reads every activity again (episodes already on Trakt are skipped).</source>
        <translation>lastSyncTimestamp を 0 にしました: 次回の完全同期ですべてのアクティビティを読み直します (Trakt にあるエピソードはスキップされます)。</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>TMDB id.</source>
        <translation>TMDB ID。</translation>
    </message>
    <message>
        <source>IMDb id (tt...).</source>
        <translation>IMDb ID (tt...)。</translation>
    </message>
    <message>
        <source>TVDB id.</source>
        <translation>TVDB ID。</translation>
    </message>
    <message>
        <source>TMDB id</source>
        <translation>TMDB ID</translation>
    </message>
    <message>
        <source>TVDB id</source>
        <translation>TVDB ID</translation>
    </message>
    <message>
        <source>AniList %1 is now mapped to Trakt %2 (manual).</source>
        <translation>AniList %1 を Trakt %2 にマッピングしました (手動)。</translation>
    </message>
    <message>
        <source>Keep printing new rows.</source>
        <translation>新しい行を出力し続けます。</translation>
    </message>
    <message>
        <source>Show sync_progress, or force a resync of one show</source>
        <translation>sync_progress を表示、または 1 作品を強制的に再同期</translation>
    </message>
    <message>
        <source>Reprocess the whole activity window (lastSyncTimestamp = 0)</source>
        <translation>アクティビティ期間全体を再処理 (lastSyncTimestamp = 0)</translation>
    </message>
    <message>
        <source>Episode corrections (episode_override)</source>
        <translation>エピソードの補正 (episode_override)</translation>
    </message>
    <message>
        <source>Manual mapping of an AniList entry to a Trakt show or movie</source>
        <translation>AniList のエントリを Trakt の作品または映画に手動でマッピング</translation>
    </message>
    <message>
        <source>Show the activity log</source>
        <translation>アクティビティログを表示</translation>
    </message>
    <message>
        <source>Warning: the online lookup stopped: %1</source>
        <translation>警告: オンライン検索を中止しました: %1</translation>
    </message>
    <message>
        <source>Signed in to Trakt as %1; %2.</source>
        <translation>%1 として Trakt にサインインしました。%2。</translation>
    </message>
    <message>
        <source>Signed in to AniList as %1; %2.</source>
        <translation>%1 として AniList にサインインしました。%2。</translation>
    </message>
    <message>
        <source>not signed in (%1)</source>
        <translation>サインインしていません (%1)</translation>
    </message>
    <message>
        <source>Needs mapping:  %1</source>
        <translation>マッピングが必要:  %1</translation>
    </message>
    <message>
        <source>AniList %1, episode %2: %3</source>
        <extracomment>%1 = AniList id, %2 = episode, %3 = show or movie</extracomment>
        <translation>AniList %1、エピソード %2: %3</translation>
    </message>
    <message>
        <source>  (* decided, ! disagrees with the result)</source>
        <translation>  （* 決定、! 結果と不一致）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>needs mapping</source>
        <translation>対応付けが必要</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>不一致: %1</translation>
    </message>
    <message>
        <source>Show every source's answer, which one won and why, and where they disagree.</source>
        <translation>各ソースの回答、採用されたものとその理由、不一致の箇所を表示します。</translation>
    </message>
    <message>
        <source>Usage: tsuzuki-cli map &lt;anilistId&gt; [--episode N] [--offline] [--json] [--format TV|MOVIE] [--explain]</source>
        <translation>使い方: tsuzuki-cli map &lt;anilistId&gt; [--episode N] [--offline] [--json] [--format TV|MOVIE] [--explain]</translation>
    </message>
    <message>
        <source>Warning: the password in --database can be read by every user of this computer (in the process list). Keep it in the keychain (the app's Settings → Database) or in TSUZUKI_DATABASE_PASSWORD instead.</source>
        <translation>警告: --database に書いたパスワードは、このコンピューターのすべてのユーザーが（プロセス一覧から）読めます。代わりにキーチェーン（アプリの設定 → データベース）か TSUZUKI_DATABASE_PASSWORD に保存してください。</translation>
    </message>
    <message>
        <source>The episode must be 1 or more, got %1.</source>
        <translation>エピソードは 1 以上でなければなりません（指定: %1）。</translation>
    </message>
    <message>
        <source>Progress of %1 removed: the next completed/watching sync looks at it from episode 1 and posts what Trakt does not have (--include-watched: every episode again).</source>
        <translation>%1 の進捗を削除しました。次回の completed/watching 同期は第 1 話から見直し、Trakt にないものを送信します(--include-watched: すべての話をもう一度)。</translation>
    </message>
    <message>
        <source>A run id is a positive number, got "%1" (see tsuzuki-cli runs).</source>
        <translation>実行 ID は正の数です。「%1」が指定されました(tsuzuki-cli runs を参照)。</translation>
    </message>
    <message>
        <source>undo of run %1: %2 removed</source>
        <translation>実行 %1 の取り消し: %2 件を削除</translation>
    </message>
    <message>
        <source>%1 added, %2 already on Trakt, %3 not found, %4 unmapped</source>
        <translation>追加 %1、Trakt に既存 %2、見つからない %3、未対応 %4</translation>
    </message>
    <message>
        <source>(undone by run %1)</source>
        <translation>(実行 %1 で取り消し済み)</translation>
    </message>
    <message>
        <source>Runs to list (default 20).</source>
        <translation>一覧にする実行の数(既定 20)。</translation>
    </message>
    <message>
        <source>Write the run's report as csv or json.</source>
        <translation>実行のレポートを csv または json で書き出します。</translation>
    </message>
    <message>
        <source>File for --export (default: standard output).</source>
        <translation>--export の出力先ファイル(既定: 標準出力)。</translation>
    </message>
    <message>
        <source>One run: its report.</source>
        <translation>1 件の実行: そのレポート。</translation>
    </message>
    <message>
        <source>--export needs a run id: tsuzuki-cli runs &lt;runId&gt; --export csv</source>
        <translation>--export には実行 ID が必要です: tsuzuki-cli runs &lt;runId&gt; --export csv</translation>
    </message>
    <message>
        <source>(no runs yet)</source>
        <translation>(まだ実行はありません)</translation>
    </message>
    <message>
        <source>Could not write the report.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>実行 %1 のレポートを %2 に書き込みました</translation>
    </message>
    <message>
        <source>(on Trakt since %1)</source>
        <translation>(%1 から Trakt にあり)</translation>
    </message>
    <message>
        <source>Show what would be removed from Trakt, remove nothing.</source>
        <translation>Trakt から削除される内容を表示し、何も削除しません。</translation>
    </message>
    <message>
        <source>The run to undo (tsuzuki-cli runs).</source>
        <translation>取り消す実行(tsuzuki-cli runs)。</translation>
    </message>
    <message>
        <source>usage: tsuzuki-cli undo &lt;runId&gt; [--preview]</source>
        <translation>使い方: tsuzuki-cli undo &lt;runId&gt; [--preview]</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1 (preview): %n play(s) would be removed from Trakt</source>
        <translation>
            <numerusform>実行 %1 の取り消し(プレビュー): %n 件の再生が Trakt から削除されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were on Trakt before this run and stay.</source>
        <translation>
            <numerusform>%n 件の再生はこの実行の前から Trakt にあり、残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of run %1 (run %2): %3 — %4 removed from Trakt, %5 were gone already, %6 still there</source>
        <translation>実行 %1 の取り消し(実行 %2): %3 — Trakt から %4 件を削除、%5 件は既になし、%6 件は残存</translation>
    </message>
    <message>
        <source>A play is &lt;anilistId&gt;:&lt;episode&gt;, e.g. 21:5 (as in sync --preview --json), got "%1".</source>
        <translation>再生は &lt;anilistId&gt;:&lt;話数&gt; の形式です(例 21:5、sync --preview --json と同じ)。「%1」が指定されました。</translation>
    </message>
    <message>
        <source>list (default), add or remove plays.</source>
        <translation>list(既定)、add または remove。</translation>
    </message>
    <message>
        <source>(nothing marked "never post")</source>
        <translation>(「二度と送信しない」に指定されたものはありません)</translation>
    </message>
    <message>
        <source>usage: tsuzuki-cli never [list] | add &lt;anilistId:episode&gt;... | remove &lt;anilistId:episode&gt;...</source>
        <translation>使い方: tsuzuki-cli never [list] | add &lt;anilistId:話数&gt;... | remove &lt;anilistId:話数&gt;...</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will never be posted (tsuzuki-cli never remove … to undo).</source>
        <translation>
            <numerusform>%n 件の再生は今後送信されません(元に戻すには tsuzuki-cli never remove …)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will be offered again by the next sync.</source>
        <translation>
            <numerusform>%n 件の再生を次回の同期で再び提示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>List sync runs with their counts, or one run's report (posted, skipped and why, not found, already on Trakt)</source>
        <translation>同期の実行を件数付きで一覧表示、または 1 件の実行のレポート(送信済み、スキップとその理由、見つからない、Trakt に既存)を表示</translation>
    </message>
    <message>
        <source>Remove the plays a run posted from Trakt (never plays that were there before) and roll the ledger back</source>
        <translation>実行が送信した再生を Trakt から削除し(以前からあった再生は削除しない)、記録を巻き戻す</translation>
    </message>
    <message>
        <source>The never-post list: plays no sync offers until they are removed from it</source>
        <translation>二度と送信しない一覧: ここから外すまで、どの同期も提示しない再生</translation>
    </message>
    <message>
        <source>Preview (%1): %2 plays to post, %3 already synced, %4 already on Trakt, %5 unmapped</source>
        <translation>プレビュー(%1): 送信 %2 件、同期済み %3 件、Trakt に既存 %4 件、未対応 %5 件</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Sync %1 (run %2): %3 — found %4, synced %5, added %6, already synced %7, already on Trakt %8, unmapped %9, not found %10</source>
        <translation>同期 %1(実行 %2): %3 — 検出 %4、同期 %5、追加 %6、同期済み %7、Trakt に既存 %8、未対応 %9、見つからない %10</translation>
    </message>
    <message>
        <source>Post plays Trakt already has, as second plays (normally they are skipped).</source>
        <translation>Trakt に既にある再生も 2 回目の再生として送信します(通常はスキップされます)。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <extracomment>%1 = AniList or Trakt, %2 = the id, %3 = "Title (year)"</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>--no-check takes a numeric Trakt id only; "%1" has to be looked up.</source>
        <translation>--no-check には数値の Trakt ID しか指定できません。「%1」は照会が必要です。</translation>
    </message>
    <message>
        <source>Take a numeric Trakt id as it is, without asking Trakt (offline).</source>
        <translation>数値の Trakt ID を Trakt に問い合わせずにそのまま使います (オフライン)。</translation>
    </message>
    <message>
        <source>usage: override set &lt;trakt id|address|slug&gt; &lt;abs&gt; &lt;season&gt; &lt;episode&gt; | remove &lt;traktId&gt; &lt;abs&gt; | list</source>
        <translation>使い方: override set &lt;trakt id|address|slug&gt; &lt;abs&gt; &lt;season&gt; &lt;episode&gt; | remove &lt;traktId&gt; &lt;abs&gt; | list</translation>
    </message>
    <message>
        <source>Take numeric ids as they are, without asking AniList and Trakt (offline).</source>
        <translation>数値の ID を AniList と Trakt に問い合わせずにそのまま使います (オフライン)。</translation>
    </message>
    <message>
        <source>AniList id, anilist.co or myanimelist.net address (required)</source>
        <translation>AniList ID、anilist.co または myanimelist.net のアドレス (必須)</translation>
    </message>
    <message>
        <source>Trakt id, trakt.tv address or slug, or themoviedb.org address (required)</source>
        <translation>Trakt ID、trakt.tv のアドレスまたはスラッグ、または themoviedb.org のアドレス (必須)</translation>
    </message>
    <message>
        <source>usage: mappings set &lt;anilist id|address&gt; &lt;trakt id|address|slug&gt; [--tmdb N] [--imdb tt..] [--tvdb N] [--no-check]</source>
        <translation>使い方: mappings set &lt;anilist id|address&gt; &lt;trakt id|address|slug&gt; [--tmdb N] [--imdb tt..] [--tvdb N] [--no-check]</translation>
    </message>
    <message>
        <source>--no-check takes a numeric AniList id only.</source>
        <translation>--no-check には数値の AniList ID しか指定できません。</translation>
    </message>
    <message>
        <source>rating %1/10 back to %2/10</source>
        <translation>評価 %1/10 を %2/10 に戻す</translation>
    </message>
    <message>
        <source>rating %1/10 removed</source>
        <translation>評価 %1/10 を削除</translation>
    </message>
    <message>
        <source>off the watchlist again</source>
        <translation>ウォッチリストから再び外す</translation>
    </message>
    <message>
        <source>back on the watchlist</source>
        <translation>ウォッチリストに戻す</translation>
    </message>
    <message>
        <source>off the dropped list again</source>
        <translation>視聴中止リストから再び外す</translation>
    </message>
    <message>
        <source>%1 rating(s) and list change(s) put back, %2 not</source>
        <translation>評価とリスト変更 %1 件を元に戻しました(%2 件は戻せませんでした)</translation>
    </message>
    <message>
        <source>rewatch %1 (date spread: AniList keeps only the count)</source>
        <translation>再視聴 %1(日時は分散: AniList は回数しか記録しません)</translation>
    </message>
    <message>
        <source>rewatch %1 (dated by the AniList activity)</source>
        <translation>再視聴 %1(AniList のアクティビティの日時)</translation>
    </message>
    <message>
        <source>Extras (%1): %2 rewatches, %3 ratings, %4 to the watchlist, %5 off the watchlist, %6 dropped</source>
        <translation>追加分(%1): 再視聴 %2、評価 %3、ウォッチリストに追加 %4、ウォッチリストから削除 %5、視聴中止 %6</translation>
    </message>
    <message>
        <source>Extras: %1 rewatches, %2 ratings, %3 to the watchlist, %4 off the watchlist, %5 dropped, %6 not sent</source>
        <translation>追加分: 再視聴 %1、評価 %2、ウォッチリストに追加 %3、ウォッチリストから削除 %4、視聴中止 %5、未送信 %6</translation>
    </message>
    <message>
        <source>Also sync these, comma-separated: rewatches, ratings, watchlist, dropped (or all, none). Default: what Settings chose.</source>
        <translation>これらも同期します(カンマ区切り): rewatches、ratings、watchlist、dropped(または all、none)。既定値: 設定で選んだもの。</translation>
    </message>
    <message>
        <source>How a score between two Trakt ratings is rounded: nearest (default), down, up.</source>
        <translation>2 つの Trakt 評価の間にあるスコアの丸め方: nearest(既定、四捨五入)、down(切り捨て)、up(切り上げ)。</translation>
    </message>
    <message>
        <source>--with: unknown "%1"; use rewatches, ratings, watchlist, dropped, all or none.</source>
        <translation>--with: 「%1」は不明です。rewatches、ratings、watchlist、dropped、all、none のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--rating-rounding: use nearest, down or up (not "%1").</source>
        <translation>--rating-rounding: nearest、down、up のいずれかを使ってください(「%1」ではなく)。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli::ProgressPrinter</name>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>%1: %2 %3%</source>
        <extracomment>%1 = source, %2 = stage (downloading, reading, writing), %3 = percent</extracomment>
        <translation>%1: %2 %3%</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ConnectionTester</name>
    <message>
        <source>Connected: %1. Schema version %2 of %3.</source>
        <translation>接続しました: %1。スキーマバージョン %2 / %3。</translation>
    </message>
    <message>
        <source>The SQLite file opens (SQLite %1). Schema version %2 of %3.</source>
        <translation>SQLite ファイルを開けます (SQLite %1)。スキーマバージョン %2 / %3。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DashboardTab</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Recent progress</source>
        <translation>最近の進捗</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Last episode</source>
        <translation>最終話</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>エントリ数:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>インポート日時:</translation>
    </message>
    <message>
        <source>Source updated:</source>
        <translation>ソース更新日時:</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <source>Last manual sync:</source>
        <translation>最後の手動同期:</translation>
    </message>
    <message>
        <source>Last automated sync:</source>
        <translation>最後の自動同期:</translation>
    </message>
    <message>
        <source>Last completed library:</source>
        <translation>最後の完了ライブラリ同期:</translation>
    </message>
    <message>
        <source>Last watching library:</source>
        <translation>最後の視聴中ライブラリ同期:</translation>
    </message>
    <message>
        <source>Next scheduled run:</source>
        <translation>次回の予定実行:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
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
        <translation>マッピングが必要:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>&amp;Full sync…</source>
        <translation>完全同期(&amp;F)…</translation>
    </message>
    <message>
        <source>New AniList activity since the last run</source>
        <translation>前回の実行以降の AniList の新しいアクティビティ</translation>
    </message>
    <message>
        <source>&amp;Completed library…</source>
        <translation>完了ライブラリ(&amp;C)…</translation>
    </message>
    <message>
        <source>Every completed entry in your AniList library</source>
        <translation>AniList ライブラリの完了済みエントリすべて</translation>
    </message>
    <message>
        <source>&amp;Watching library…</source>
        <translation>視聴中ライブラリ(&amp;W)…</translation>
    </message>
    <message>
        <source>Every entry you are watching</source>
        <translation>視聴中のエントリすべて</translation>
    </message>
    <message>
        <source>AniList id or address</source>
        <translation>AniList ID またはアドレス</translation>
    </message>
    <message>
        <source>Downloading… %p%</source>
        <translation>ダウンロード中… %p%</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>インポート中… %p%</translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>スケジュールはオフ</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>ログイン…</translation>
    </message>
    <message>
        <source>Sync o&amp;ne show…</source>
        <translation>1 作品を同期(&amp;N)…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>まもなく実行</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Database</name>
    <message>
        <source>The database reported an error while %1.</source>
        <translation>%1 中にデータベースがエラーを報告しました。</translation>
    </message>
    <message>
        <source>Internal error: database connection name in use.</source>
        <translation>内部エラー: データベース接続名が使用中です。</translation>
    </message>
    <message>
        <source>Port 6543 is Supabase's transaction pooler, which drops the prepared statements Tsuzuki uses between transactions. Use the session pooler or a direct connection (port 5432) instead.</source>
        <translation>ポート 6543 は Supabase のトランザクションプーラーで、Tsuzuki が使うプリペアドステートメントをトランザクション間で破棄します。代わりにセッションプーラーか直接接続 (ポート 5432) を使ってください。</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed (Debian: %2).</source>
        <translation>Qt の %1 データベースドライバーがインストールされていません (Debian: %2)。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>データベース用のフォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the user name or password for %1.</source>
        <translation>PostgreSQL が %1 のユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (sslmode=%2).</source>
        <translation>%1 への TLS 接続に失敗しました (sslmode=%2)。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>ホスト名 %1 を解決できませんでした。</translation>
    </message>
    <message>
        <source>Nothing answered at %1:%2. Is the server running and reachable?</source>
        <translation>%1:%2 で何も応答しませんでした。サーバーは起動していて到達可能ですか?</translation>
    </message>
    <message>
        <source>The database or user does not exist on %1.</source>
        <translation>%1 にデータベースまたはユーザーが存在しません。</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL at %1:%2.</source>
        <translation>%1:%2 の PostgreSQL に接続できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the database file %1.</source>
        <translation>データベースファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>preparing "%1"</source>
        <translation>「%1」の準備</translation>
    </message>
    <message>
        <source>running "%1"</source>
        <translation>「%1」の実行</translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved.</source>
        <translation>入れ子のステップが失敗したため、何も保存されていません。</translation>
    </message>
    <message>
        <source>this database was written by a newer Tsuzuki (schema %1); update Tsuzuki</source>
        <translation>このデータベースは新しいバージョンの Tsuzuki で書き込まれています（スキーマ %1）。Tsuzuki を更新してください</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabasePage</name>
    <message>
        <source>&amp;SQLite file (nothing to set up)</source>
        <translation>SQLite ファイル (設定不要)(&amp;S)</translation>
    </message>
    <message>
        <source>Empty: the built-in file, %1</source>
        <translation>空欄: 組み込みファイル %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL or Supabase server</source>
        <translation>PostgreSQL または Supabase サーバー(&amp;P)</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Supabase: use the session pooler (port 5432) or a direct connection; the transaction pooler (port 6543) does not keep the prepared statements Tsuzuki uses.</source>
        <translation>Supabase: セッションプーラー (ポート 5432) か直接接続を使ってください。トランザクションプーラー (ポート 6543) は Tsuzuki が使うプリペアドステートメントを保持しません。</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate (sslmode=verify-full, with this system's certificate authorities)</source>
        <translation>サーバー証明書を検証する(&amp;V)（sslmode=verify-full、このシステムの認証局を使用）</translation>
    </message>
    <message>
        <source>Supabase signs its database certificates with its own CA: download it (Database Settings → SSL Configuration) and add sslrootcert=/path/to/the.crt to the URI.</source>
        <translation>Supabase はデータベース証明書を独自の認証局で署名しています。その証明書をダウンロードし（Database Settings → SSL Configuration）、URI に sslrootcert=/path/to/the.crt を追加してください。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>接続 URI(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Changing the database reconnects the app. The password is stored in the system keychain, never in the settings file.</source>
        <translation>データベースを変更するとアプリは再接続します。パスワードはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>SQLite file for Tsuzuki</source>
        <translation>Tsuzuki の SQLite ファイル</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite データベース (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: add a file name, for example tsuzuki.sqlite.</source>
        <translation>%1 はフォルダーです。ファイル名 (例: tsuzuki.sqlite) を付けてください。</translation>
    </message>
    <message>
        <source>This is the path of a file: choose "SQLite file" above and enter it there.</source>
        <translation>これはファイルのパスです。上の「SQLite ファイル」を選んで、そこに入力してください。</translation>
    </message>
    <message>
        <source>Enter a URI that starts with postgresql:// (Supabase: Project Settings → Database → Connection string).</source>
        <translation>postgresql:// で始まる URI を入力してください (Supabase: Project Settings → Database → Connection string)。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseSpec</name>
    <message>
        <source>No database given.</source>
        <translation>データベースが指定されていません。</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL connection URI. Expected postgresql://user@host:port/database.</source>
        <translation>PostgreSQL の接続 URI として正しくありません。postgresql://user@host:port/database の形式で指定してください。</translation>
    </message>
    <message>
        <source>The connection URI needs a user name (postgresql://user@host/db).</source>
        <translation>接続 URI にユーザー名が必要です (postgresql://user@host/db)。</translation>
    </message>
    <message>
        <source>Unknown sslmode "%1".</source>
        <translation>不明な sslmode「%1」です。</translation>
    </message>
    <message>
        <source>Only postgresql:// URIs and SQLite file paths are supported.</source>
        <translation>postgresql:// URI と SQLite ファイルのパスのみ対応しています。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::DatabaseThread</name>
    <message>
        <source>The database is not open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EnvSecretStore</name>
    <message>
        <source>The %1 cannot be given as an environment variable.</source>
        <translation>%1 は環境変数で指定できません。</translation>
    </message>
    <message>
        <source>No %1: the environment variable %2 is not set.</source>
        <translation>%1 がありません: 環境変数 %2 が設定されていません。</translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only.</source>
        <translation>環境変数のシークレットは読み取り専用です。</translation>
    </message>
    <message>
        <source>Secrets from environment variables are read-only: change or unset %1 where Tsuzuki is started.</source>
        <translation>環境変数のシークレットは読み取り専用です: Tsuzuki を起動する環境で %1 を変更するか削除してください。</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>環境変数</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodeMapper</name>
    <message>
        <source>No Trakt title is known for this AniList entry.</source>
        <translation>この AniList エントリに対応する Trakt のタイトルが不明です。</translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation>エピソード %1 は正しいエピソード番号ではありません。</translation>
    </message>
    <message>
        <source>Not verified: Trakt's seasons are not known offline.</source>
        <translation>未確認: オフラインでは Trakt のシーズン情報がわかりません。</translation>
    </message>
    <message>
        <source>Trakt's seasons of this show are not known (fetch them online once).</source>
        <translation>この作品の Trakt のシーズン情報が不明です (一度オンラインで取得してください)。</translation>
    </message>
    <message>
        <source>Absolute episode %1 is not in Trakt's seasons (they end at %2).</source>
        <translation>通し番号 %1 話は Trakt のシーズンにありません (%2 話で終わります)。</translation>
    </message>
    <message>
        <source>%1 set aside: it numbers episodes like TVDB, and this show's TVDB numbering is not known to match TMDB's (which Trakt uses).</source>
        <translation>%1 は使用しません: TVDB の番号付けで、この番組の TVDB の番号付けが（Trakt が使う）TMDB と一致するかは不明です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::EpisodePattern</name>
    <message>
        <source>Episode pattern "%1": "%2" is not eA, eA-eB, eA- or -eB.</source>
        <translation>エピソードパターン「%1」: 「%2」は eA、eA-eB、eA-、-eB のいずれでもありません。</translation>
    </message>
    <message>
        <source>Episode pattern "%1": a ratio of 0 in "%2".</source>
        <translation>エピソードパターン「%1」: 「%2」の比率が 0 です。</translation>
    </message>
    <message>
        <source>Episode pattern "%1": the range "%2" ends before it starts.</source>
        <translation>エピソードパターン「%1」: 範囲「%2」の終わりが始まりより前です。</translation>
    </message>
    <message>
        <source>"%1" is not a season key like s1.</source>
        <translation>「%1」は s1 のようなシーズンキーではありません。</translation>
    </message>
    <message>
        <source>Episode %1 is not a valid episode number.</source>
        <translation>エピソード %1 は正しいエピソード番号ではありません。</translation>
    </message>
    <message>
        <source>Episode %1 is past the end of the episode pattern.</source>
        <translation>エピソード %1 はエピソードパターンの範囲外です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasChoice</name>
    <message>
        <source>Re&amp;watches as extra plays</source>
        <translation>再視聴を追加の再生として送る(&amp;W)</translation>
    </message>
    <message>
        <source>Episodes you rewatched (AniList's "rewatched" activities and repeat counts) are posted to your Trakt history as extra plays, each once. Not sent when Trakt's "watch only once" setting is on. Undoing the run removes them again.</source>
        <translation>再視聴したエピソード(AniList の「再視聴」アクティビティと再視聴回数)を、追加の再生として Trakt の履歴に 1 回ずつ送信します。Trakt の「watch only once」設定がオンのときは送信しません。実行を取り消すと再び削除されます。</translation>
    </message>
    <message>
        <source>&amp;Ratings (AniList score → Trakt rating)</source>
        <translation>評価(AniList のスコア → Trakt の評価)(&amp;R)</translation>
    </message>
    <message>
        <source>Your AniList scores become Trakt ratings (1–10) of the show, season or movie; only changed ones are sent, and an unrated entry never removes a Trakt rating. Undoing the run puts the previous rating back.</source>
        <translation>AniList のスコアを番組・シーズン・映画の Trakt 評価(1〜10)として送ります。変わったものだけを送信し、未評価のエントリが Trakt の評価を消すことはありません。実行を取り消すと以前の評価に戻ります。</translation>
    </message>
    <message>
        <source>Planning → Trakt wa&amp;tchlist</source>
        <translation>視聴予定 → Trakt のウォッチリスト(&amp;T)</translation>
    </message>
    <message>
        <source>Anime you plan to watch on AniList go on your Trakt watchlist; once you start one, it comes off again if Tsuzuki put it there. Undoing the run takes them back.</source>
        <translation>AniList で視聴予定のアニメを Trakt のウォッチリストに追加します。見始めたら、Tsuzuki が追加したものであればウォッチリストから外します。実行を取り消すと元に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Dropped → Trakt's dropped shows</source>
        <translation>視聴中止 → Trakt の視聴中止リスト(&amp;D)</translation>
    </message>
    <message>
        <source>Shows you dropped on AniList are added to Trakt's dropped shows (paused ones stay untouched). Undoing the run takes them back.</source>
        <translation>AniList で視聴中止にした番組を Trakt の視聴中止リストに追加します(一時停止中のものはそのままです)。実行を取り消すと元に戻ります。</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>How a score between two Trakt ratings is rounded</source>
        <translation>2 つの Trakt 評価の間にあるスコアの丸め方</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>丸め方(&amp;O):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>rounded to nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>rounded down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>rounded up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>Trakt rating = score ÷ its maximum × 10, %1, at least 1: %2. Unrated entries send nothing.</source>
        <translation>Trakt の評価 = スコア ÷ その最大値 × 10(%1、最低 1): %2。未評価のエントリは何も送りません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasModel</name>
    <message>
        <source>Movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>Season %1</source>
        <translation>シーズン %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>番組</translation>
    </message>
    <message>
        <source>Rating %1/10 (was %2/10)</source>
        <translation>評価 %1/10(以前は %2/10)</translation>
    </message>
    <message>
        <source>Rating %1/10</source>
        <translation>評価 %1/10</translation>
    </message>
    <message>
        <source>Onto the watchlist</source>
        <translation>ウォッチリストに追加</translation>
    </message>
    <message>
        <source>Off the watchlist</source>
        <translation>ウォッチリストから削除</translation>
    </message>
    <message>
        <source>Onto the dropped shows</source>
        <translation>視聴中止リストに追加</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>視聴中止</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>再視聴</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Movie · rewatch %1</source>
        <translation>映画 · 再視聴 %1</translation>
    </message>
    <message>
        <source>Ep %1 · rewatch %2</source>
        <translation>第 %1 話 · 再視聴 %2</translation>
    </message>
    <message>
        <source>Date from the AniList activity</source>
        <translation>日時は AniList のアクティビティから</translation>
    </message>
    <message>
        <source>Date spread over the entry's dates</source>
        <translation>日時はエントリの期間に分散</translation>
    </message>
    <message>
        <source>AniList keeps only the count of rewatches, not when they were: the dates are spread between the entry's start and finish.</source>
        <translation>AniList は再視聴の回数だけを記録し、日時は記録しません。日時はエントリの開始日と終了日の間に分散されます。</translation>
    </message>
    <message>
        <source>Add to the Trakt watchlist</source>
        <translation>Trakt のウォッチリストに追加</translation>
    </message>
    <message>
        <source>Remove from the Trakt watchlist</source>
        <translation>Trakt のウォッチリストから削除</translation>
    </message>
    <message>
        <source>Add to Trakt's dropped shows</source>
        <translation>Trakt の視聴中止リストに追加</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>On Trakt</source>
        <translation>Trakt 上</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>視聴日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Extras Trakt did not find</source>
        <translation>Trakt が見つけられなかった追加分</translation>
    </message>
    <message>
        <source>Trakt does not know these titles; nothing changed there. Fix the mapping and the next run sends them.</source>
        <translation>Trakt はこれらのタイトルを知りません。Trakt 上では何も変わっていません。マッピングを修正すると、次回の実行で送信されます。</translation>
    </message>
    <message>
        <source>Extras that failed</source>
        <translation>失敗した追加分</translation>
    </message>
    <message>
        <source>Trakt did not take these; nothing changed there. The next run offers them again.</source>
        <translation>Trakt はこれらを受け付けませんでした。Trakt 上では何も変わっていません。次回の実行で再び提示されます。</translation>
    </message>
    <message>
        <source>Extras sent to Trakt</source>
        <translation>Trakt に送信した追加分</translation>
    </message>
    <message>
        <source>Trakt took these ratings and list changes; undoing the run puts them back.</source>
        <translation>Trakt はこれらの評価とリスト変更を受け付けました。実行を取り消すと元に戻ります。</translation>
    </message>
    <message>
        <source>Extras undone</source>
        <translation>取り消した追加分</translation>
    </message>
    <message>
        <source>An undo put these back as they were.</source>
        <translation>取り消しによって元の状態に戻しました。</translation>
    </message>
    <message>
        <source>rating %1/10 back to %2/10</source>
        <translation>評価 %1/10 を %2/10 に戻す</translation>
    </message>
    <message>
        <source>rating %1/10 removed (there was none)</source>
        <translation>評価 %1/10 を削除(以前は評価なし)</translation>
    </message>
    <message>
        <source>off the watchlist again</source>
        <translation>ウォッチリストから再び外す</translation>
    </message>
    <message>
        <source>back on the watchlist</source>
        <translation>ウォッチリストに戻す</translation>
    </message>
    <message>
        <source>off the dropped shows again</source>
        <translation>視聴中止リストから再び外す</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>(season %1)</source>
        <translation>(シーズン %1)</translation>
    </message>
    <message>
        <source>Put back: %1: %2</source>
        <translation>元に戻す: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Your Trakt account has "watch only once" on: %n rewatch(es) are not sent (see Skipped).</source>
        <translation>
            <numerusform>Trakt アカウントで「watch only once」がオンです: 再視聴 %n 件は送信しません(「スキップ」を参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) do not fit in your Trakt watchlist's limit and are not sent (see Skipped).</source>
        <translation>
            <numerusform>%n 件のタイトルは Trakt のウォッチリストの上限に入りきらないため送信しません(「スキップ」を参照)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasPlanner</name>
    <message>
        <source>Planning on AniList: add to the Trakt watchlist</source>
        <translation>AniList で視聴予定: Trakt のウォッチリストに追加</translation>
    </message>
    <message>
        <source>Started on AniList: remove from the Trakt watchlist (Tsuzuki added it)</source>
        <translation>AniList で視聴開始: Trakt のウォッチリストから削除(Tsuzuki が追加したもの)</translation>
    </message>
    <message>
        <source>Does not fit: your Trakt watchlist holds at most %1 items and has %2</source>
        <translation>入りきりません: Trakt のウォッチリストは最大 %1 件で、現在 %2 件あります</translation>
    </message>
    <message>
        <source>Dropped on AniList: add to Trakt's dropped shows</source>
        <translation>AniList で視聴中止: Trakt の視聴中止リストに追加</translation>
    </message>
    <message>
        <source>Not sent: "watch only once" is on in your Trakt settings</source>
        <translation>送信しません: Trakt の設定で「watch only once」がオンです</translation>
    </message>
    <message numerus="yes">
        <source>Already on Trakt (%n plays)</source>
        <translation>
            <numerusform>Trakt に既にあります(%n 回の再生)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated: this entry is part of a Trakt season (from episode %1), and Trakt rates whole seasons</source>
        <translation>評価しません: このエントリは Trakt のシーズンの一部(第 %1 話から)で、Trakt はシーズン全体を評価します</translation>
    </message>
    <message>
        <source>AniList %1 → Trakt %2/10 (replaces %3/10)</source>
        <translation>AniList %1 → Trakt %2/10(%3/10 を置き換え)</translation>
    </message>
    <message>
        <source>AniList %1 → Trakt %2/10</source>
        <translation>AniList %1 → Trakt %2/10</translation>
    </message>
    <message>
        <source>(season %1)</source>
        <translation>(シーズン %1)</translation>
    </message>
    <message>
        <source>No Trakt mapping found</source>
        <translation>Trakt のマッピングが見つかりません</translation>
    </message>
    <message>
        <source>Ratings, the watchlist and dropped shows are planned once you are logged in to Trakt (Settings → Accounts).</source>
        <translation>評価、ウォッチリスト、視聴中止は Trakt にログインすると計画されます(設定 → アカウント)。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasPoster</name>
    <message>
        <source>Trakt did not answer; it does not show these changes, so they were not made.</source>
        <translation>Trakt から応答がありませんでした。Trakt にこれらの変更は反映されていないため、行われていません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::FribbsImporter</name>
    <message>
        <source>expected a JSON array of entries (Fribb's anime-list-full.json), found %1.</source>
        <translation>エントリの JSON 配列 (Fribb の anime-list-full.json) が必要ですが、%1 が見つかりました。</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>その他の値</translation>
    </message>
    <message>
        <source>entry %1 is not an object.</source>
        <translation>エントリ %1 がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>none of the %1 entries has an anilist_id (is this Fribb's AniList-keyed list?).</source>
        <translation>%1 件のエントリのどれにも anilist_id がありません (AniList をキーとする Fribb のリストですか?)。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::GroupedItemsModel</name>
    <message>
        <source>Why</source>
        <translation>理由</translation>
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
        <translation>作品</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>エピソード</translation>
    </message>
    <message>
        <source>On Trakt</source>
        <translation>Trakt 上</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>視聴日時</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::HttpClient</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1 へのリクエストは取り消されました。</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s.</source>
        <translation>%1 の応答が %2 秒以内に終わりませんでした。</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB, more than this request can take; it was not read.</source>
        <translation>%1 の応答が %2 MiB を超えていて、このリクエストの上限を超えたため読み込みませんでした。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to %2, which Tsuzuki does not follow for this request.</source>
        <translation>%1 が %2 へのリダイレクトを返しました。Tsuzuki はこのリクエストではリダイレクトに従いません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdMapRepository</name>
    <message>
        <source>Internal error: a row of another source.</source>
        <translation>内部エラー: 別のソースの行です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdParser</name>
    <message>
        <source>Enter an AniList id or paste the anime's AniList address.</source>
        <translation>AniList ID を入力するか、アニメの AniList のアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Not an AniList id or anilist.co address.</source>
        <translation>AniList ID でも anilist.co のアドレスでもありません。</translation>
    </message>
    <message>
        <source>This is a manga; Tsuzuki syncs anime only.</source>
        <translation>これはマンガです。Tsuzuki はアニメのみ同期します。</translation>
    </message>
    <message>
        <source>This AniList address has no anime id (expected anilist.co/anime/&lt;id&gt;).</source>
        <translation>この AniList のアドレスにはアニメ ID がありません (anilist.co/anime/&lt;id&gt; の形式が必要です)。</translation>
    </message>
    <message>
        <source>Enter a Trakt id or paste the show's Trakt address.</source>
        <translation>Trakt ID を入力するか、作品の Trakt のアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Not a Trakt id or trakt.tv address.</source>
        <translation>Trakt ID でも trakt.tv のアドレスでもありません。</translation>
    </message>
    <message>
        <source>This Trakt address is not a show or movie page (expected trakt.tv/shows/&lt;name&gt;).</source>
        <translation>この Trakt のアドレスは番組や映画のページではありません (trakt.tv/shows/&lt;name&gt; の形式が必要です)。</translation>
    </message>
    <message>
        <source>Enter a TMDB id or paste a themoviedb.org address.</source>
        <translation>TMDB ID を入力するか、themoviedb.org のアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Not a TMDB id or themoviedb.org address.</source>
        <translation>TMDB ID でも themoviedb.org のアドレスでもありません。</translation>
    </message>
    <message>
        <source>This TMDB address has no tv or movie id.</source>
        <translation>この TMDB のアドレスには TV または映画の ID がありません。</translation>
    </message>
    <message>
        <source>Enter a TVDB id or paste a thetvdb.com address.</source>
        <translation>TVDB ID を入力するか、thetvdb.com のアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Not a TVDB id or thetvdb.com address.</source>
        <translation>TVDB ID でも thetvdb.com のアドレスでもありません。</translation>
    </message>
    <message>
        <source>This TVDB address has no series id.</source>
        <translation>この TVDB のアドレスにはシリーズ ID がありません。</translation>
    </message>
    <message>
        <source>An IMDb id looks like tt0388629.</source>
        <translation>IMDb ID は tt0388629 のような形式です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::IdResolver</name>
    <message>
        <source>No mapping source knows AniList %1: add a manual mapping.</source>
        <translation>AniList %1 を知っているマッピングソースがありません: 手動マッピングを追加してください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ImportHelpers</name>
    <message>
        <source>%1 mappings: %2</source>
        <extracomment>%1 = mapping source (Otaku, Fribbs, AniBridge), %2 = what is wrong</extracomment>
        <translation>%1 のマッピング: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>the file is an HTML or XML page, not mapping data (a download error page?).</source>
        <translation>ファイルは HTML または XML のページで、マッピングデータではありません (ダウンロードのエラーページ?)。</translation>
    </message>
    <message>
        <source>the file is a SQLite database, not JSON.</source>
        <translation>ファイルは SQLite データベースで、JSON ではありません。</translation>
    </message>
    <message>
        <source>the JSON ends early at byte %1 (a truncated file?).</source>
        <translation>JSON がバイト %1 で途切れています (ファイルが切り詰められていませんか?)。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルは正しい JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>%1 mappings: saving failed; the previous data is unchanged. %2</source>
        <translation>%1 のマッピング: 保存に失敗しました。以前のデータは変更されていません。%2</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::JsonStreamReader</name>
    <message>
        <source>the file could not be read.</source>
        <translation>ファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>the JSON ends early at byte %1 (a truncated file?).</source>
        <translation>JSON がバイト %1 で途切れています（ファイルが切り詰められていますか?）。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (expected '%1' at byte %2).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %2 に '%1' が必要です）。</translation>
    </message>
    <message>
        <source>a string at byte %1 is longer than 1 MiB.</source>
        <translation>バイト %1 の文字列が 1 MiB を超えています。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (control character in a string at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %1 の文字列に制御文字があります）。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (bad \u escape at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %1 の \u エスケープが不正です）。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (bad escape at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %1 のエスケープが不正です）。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (unexpected text at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %1 に予期しないテキストがあります）。</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep.</source>
        <translation>JSON の入れ子が %1 段を超えています。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (expected ',' at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（バイト %1 に ',' が必要です）。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>On a server without a keyring, use the environment variables instead.</source>
        <translation>キーリングのないサーバーでは、代わりに環境変数を使ってください。</translation>
    </message>
    <message>
        <source>On a server without a keyring, set the environment variable %1 instead.</source>
        <translation>キーリングのないサーバーでは、代わりに環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the %1 cannot be used. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>システムのキーチェーンが利用できないため、%1 を使えません。キーリング (GNOME Keyring、KWallet などの Secret Service) を起動またはロック解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No %1 is stored in the system keychain.</source>
        <translation>システムのキーチェーンに %1 は保存されていません。</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the %1 cannot be used. Allow Tsuzuki to use the keychain and try again.</source>
        <translation>システムのキーチェーンへのアクセスが拒否されたため、%1 を使えません。Tsuzuki にキーチェーンの使用を許可して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The %1 could not be deleted from the system keychain.</source>
        <translation>システムのキーチェーンから %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>This system's keychain cannot store the %1. Use the environment variables instead.</source>
        <translation>このシステムのキーチェーンには %1 を保存できません。代わりに環境変数を使ってください。</translation>
    </message>
    <message>
        <source>The system keychain could not handle the %1.</source>
        <translation>システムのキーチェーンで %1 を処理できませんでした。</translation>
    </message>
    <message>
        <source>The keyring is locked, so the %1 cannot be used. Unlock it (GNOME: the "Passwords and Keys" app, or log out and in again; KDE: KWallet), then try again.</source>
        <translation>キーリングがロックされているため、%1 を使えません。ロックを解除してから (GNOME:「パスワードと鍵」アプリ、またはログアウトして再ログイン。KDE: KWallet)、もう一度試してください。</translation>
    </message>
    <message>
        <source>There is no default keyring to keep the %1 in. Create one and make it the default (GNOME: the "Passwords and Keys" app, + → Password keyring, then "Set as default"; KDE: KWallet), then try again.</source>
        <translation>%1 を保存する既定のキーリングがありません。キーリングを作成して既定に設定してから (GNOME:「パスワードと鍵」アプリで + → パスワードキーリング、次に「既定に設定」。KDE: KWallet)、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LayeredSecretStore</name>
    <message>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <source>%1, overridden by environment variables</source>
        <translation>%1 (環境変数で上書き)</translation>
    </message>
    <message>
        <source>The system keychain is turned off, so the %1 cannot be saved. Set it as an environment variable where Tsuzuki is started.</source>
        <translation>システムのキーチェーンが無効になっているため、%1 を保存できません。Tsuzuki を起動する環境で環境変数として設定してください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogsTab</name>
    <message>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>ログを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest row in view</source>
        <translation>最新の行を表示し続ける</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Paused: new rows are held back</source>
        <translation>一時停止中: 新しい行は保留されています</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n 行をコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
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
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>マッピング(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Overrides</source>
        <translation>上書き設定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>進捗(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>データベース(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tsuzuki</source>
        <translation>Tsuzuki について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>スキーマバージョン %1</translation>
    </message>
    <message>
        <source>Database not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>About Tsuzuki</source>
        <translation>Tsuzuki について</translation>
    </message>
    <message>
        <source>Keeps your Trakt watch history in step with what you watch on AniList.&lt;br&gt;&lt;br&gt;Built with Qt %1. Mapping data: Otaku-Mappings, Fribbs anime-lists, AniBridge.</source>
        <translation>AniList で視聴した内容に合わせて、Trakt の視聴履歴を最新の状態に保ちます。&lt;br&gt;&lt;br&gt;Qt %1 でビルド。マッピングデータ: Otaku-Mappings、Fribbs anime-lists、AniBridge。</translation>
    </message>
    <message>
        <source>&amp;Full sync…</source>
        <translation>完全同期(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Completed library…</source>
        <translation>完了ライブラリ(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Watching library…</source>
        <translation>視聴中ライブラリ(&amp;W)…</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n play(s) to Trakt.</source>
        <translation>
            <numerusform>Trakt に %n 回の再生を送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>スケジュール: オフ</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>ログイン…</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>データベースの設定…</translation>
    </message>
    <message>
        <source>&amp;Runs…</source>
        <translation>実行履歴(&amp;R)…</translation>
    </message>
    <message>
        <source>Sync o&amp;ne show…</source>
        <translation>1 作品を同期(&amp;N)…</translation>
    </message>
    <message>
        <source>Set &amp;up Tsuzuki…</source>
        <translation>Tsuzuki のセットアップ(&amp;U)…</translation>
    </message>
    <message>
        <source>Tsuzuki is still running</source>
        <translation>Tsuzuki は実行中です</translation>
    </message>
    <message>
        <source>It keeps syncing from the system tray. To quit, choose Quit in the tray icon's menu.</source>
        <translation>システムトレイから同期を続けます。終了するには、トレイアイコンのメニューで「終了」を選んでください。</translation>
    </message>
    <message>
        <source>Next sync: due now</source>
        <translation>次回の同期: まもなく</translation>
    </message>
    <message>
        <source>Next sync: %1 (%2)</source>
        <translation>次回の同期: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) need a mapping: see Mappings → Needs mapping.</source>
        <translation>
            <numerusform>%n 件の再生にマッピングが必要です。「マッピング」→「マッピングが必要」を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish.</source>
        <translation>同期が完了しませんでした。</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同期が完了しました</translation>
    </message>
    <message>
        <source>Sync did not finish</source>
        <translation>同期が完了しませんでした</translation>
    </message>
    <message>
        <source>Sync did not run</source>
        <translation>同期を実行できませんでした</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>再ログイン…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDialog</name>
    <message>
        <source>Add mapping</source>
        <translation>マッピングを追加</translation>
    </message>
    <message>
        <source>&amp;AniList (required):</source>
        <translation>AniList (必須)(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Trakt (required):</source>
        <translation>Trakt (必須)(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;MDB:</source>
        <translation>TMDB(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;IMDb:</source>
        <translation>IMDb(&amp;I):</translation>
    </message>
    <message>
        <source>T&amp;VDB:</source>
        <translation>TVDB(&amp;V):</translation>
    </message>
    <message>
        <source>Edit mapping</source>
        <translation>マッピングを編集</translation>
    </message>
    <message>
        <source>"%1" is the show's name on Trakt, not its id. Use the Trakt id (on the show page under "Links", or trakt.tv/shows/&lt;id&gt;).</source>
        <translation>「%1」は Trakt での作品名で、ID ではありません。Trakt ID (作品ページの「Links」の下、または trakt.tv/shows/&lt;id&gt;) を使ってください。</translation>
    </message>
    <message>
        <source>This address names the series but has no numeric id.</source>
        <translation>このアドレスはシリーズ名を示していますが、数値の ID がありません。</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>確認が必要な項目があります。</translation>
    </message>
    <message>
        <source>Paste an id or the page address from the site (for Trakt also a TMDB address). A manual mapping wins over imported mapping data.</source>
        <translation>ID またはサイトのページアドレスを貼り付けてください (Trakt には TMDB のアドレスも可)。手動のマッピングはインポートしたマッピングデータより優先されます。</translation>
    </message>
    <message>
        <source>Asking Trakt…</source>
        <translation>Trakt に問い合わせ中…</translation>
    </message>
    <message>
        <source>Asking AniList…</source>
        <translation>AniList に問い合わせ中…</translation>
    </message>
    <message>
        <source>Could not ask Trakt about "%1": %2</source>
        <translation>「%1」を Trakt に問い合わせられませんでした: %2</translation>
    </message>
    <message>
        <source>Could not ask AniList about "%1": %2</source>
        <translation>「%1」を AniList に問い合わせられませんでした: %2</translation>
    </message>
    <message>
        <source>Could not check it (%1); it is saved as entered.</source>
        <translation>確認できませんでした (%1)。入力どおりに保存します。</translation>
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
        <translation>映画</translation>
    </message>
    <message>
        <source>show</source>
        <translation>番組</translation>
    </message>
    <message>
        <source>AniList %1</source>
        <translation>AniList %1</translation>
    </message>
    <message>
        <source>This MyAnimeList address has to be looked up on AniList first.</source>
        <translation>この MyAnimeList のアドレスは、まず AniList で照会する必要があります。</translation>
    </message>
    <message>
        <source>A TMDB address has to be looked up on Trakt first.</source>
        <translation>TMDB のアドレスは、まず Trakt で照会する必要があります。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDownloader</name>
    <message>
        <source>%1 mappings: the download from %2 failed: %3</source>
        <extracomment>%1 = mapping source (Otaku, Fribbs, AniBridge), %2 = URL, %3 = what went wrong</extracomment>
        <translation>%1 のマッピング: %2 からのダウンロードに失敗しました: %3</translation>
    </message>
    <message>
        <source>the URL is not valid (check %1).</source>
        <translation>URL が正しくありません (%1 を確認してください)。</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>%1 mappings: the download was cancelled; nothing was changed.</source>
        <translation>%1 のマッピング: ダウンロードはキャンセルされました。何も変更していません。</translation>
    </message>
    <message>
        <source>cannot write the temporary file: %1</source>
        <translation>一時ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; nothing was changed.</source>
        <translation>ファイルが %1 より大きいため、何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s); nothing was changed.</source>
        <translation>
            <numerusform>%n 秒間データが届かなかったため、何も変更していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered HTTP %1; nothing was changed.</source>
        <translation>サーバーが HTTP %1 を返したため、何も変更していません。</translation>
    </message>
    <message>
        <source>the connection closed before the whole file arrived (truncated); nothing was changed.</source>
        <translation>ファイル全体が届く前に接続が閉じられたため (途中で切断)、何も変更していません。</translation>
    </message>
    <message>
        <source>%1; nothing was changed.</source>
        <translation>%1。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived (truncated); nothing was changed.</source>
        <translation>%2 バイト中 %1 バイトしか届かなかったため (途中で切断)、何も変更していません。</translation>
    </message>
    <message>
        <source>the server sent an empty file; nothing was changed.</source>
        <translation>サーバーが空のファイルを返したため、何も変更していません。</translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of the data file (wrong URL, or an error page); nothing was changed.</source>
        <translation>サーバーがデータファイルの代わりに HTML ページを返したため (URL の誤りかエラーページ)、何も変更していません。</translation>
    </message>
    <message>
        <source>%1 (downloaded from %2)</source>
        <extracomment>%1 = the importer's message (names the source and the problem), %2 = URL</extracomment>
        <translation>%1 (%2 からダウンロード)</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingExplainDialog</name>
    <message>
        <source>Mapping details</source>
        <translation>対応付けの詳細</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
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
        <translation>位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>AniList %1, episode %2: %3</source>
        <extracomment>%1 = AniList id, %2 = episode number, %3 = show or movie</extracomment>
        <translation>AniList %1、エピソード %2: %3</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>show</source>
        <translation>番組</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>disagrees</source>
        <translation>不一致</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingExplainer</name>
    <message>
        <source>episode override</source>
        <translation>エピソードの上書き</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>auto (saved by an earlier lookup)</source>
        <translation>自動（以前の検索で保存）</translation>
    </message>
    <message>
        <source>explicitly unmapped in %1</source>
        <translation>%1 で明示的に対応なし</translation>
    </message>
    <message>
        <source>absolute numbering</source>
        <translation>絶対番号</translation>
    </message>
    <message>
        <source>%1 says %2, the result is a %3.</source>
        <translation>%1 は %2 としていますが、結果は %3 です。</translation>
    </message>
    <message>
        <source>%1 names TMDB %2, the result uses TMDB %3.</source>
        <translation>%1 は TMDB %2 を示していますが、結果は TMDB %3 を使います。</translation>
    </message>
    <message>
        <source>%1 says %2, the result is %3.</source>
        <translation>%1 は %2 としていますが、結果は %3 です。</translation>
    </message>
    <message>
        <source>The Trakt title comes from %1.</source>
        <translation>Trakt のタイトルは %1 によるものです。</translation>
    </message>
    <message>
        <source>Episode %1 → %2 by rule %3 (%4).</source>
        <translation>エピソード %1 → %2（規則 %3、%4）。</translation>
    </message>
    <message>
        <source>A movie: one play.</source>
        <translation>映画: 再生は 1 回です。</translation>
    </message>
    <message>
        <source>Needs a mapping: %1</source>
        <translation>対応付けが必要です: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingFile</name>
    <message>
        <source>cannot open "%1": the file does not exist.</source>
        <translation>「%1」を開けません: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>パイプ（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>"%1" is %2; give the path of a downloaded mapping file.</source>
        <extracomment>%1 = path, %2 = what it is (a folder, a pipe, a device)</extracomment>
        <translation>「%1」は%2です。ダウンロードした対応付けファイルのパスを指定してください。</translation>
    </message>
    <message>
        <source>cannot open "%1": %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>"%1" is %2 MiB, more than any mapping file (limit %3 MiB).</source>
        <extracomment>%1 = path, %2 = size in MiB, %3 = the limit in MiB</extracomment>
        <translation>「%1」は %2 MiB で、対応付けファイルとしては大きすぎます（上限 %3 MiB）。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>メモリが不足しています。</translation>
    </message>
    <message>
        <source>"%1" holds more than %2 MiB of data, more than any mapping file.</source>
        <translation>「%1」のデータは %2 MiB を超えており、対応付けファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>cannot read "%1": %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>"%1" is not valid zstd data (%2).</source>
        <translation>「%1」は正しい zstd データではありません（%2）。</translation>
    </message>
    <message>
        <source>the compressed file "%1" ends early (a truncated download?).</source>
        <translation>圧縮ファイル「%1」が途中で終わっています（ダウンロードが途切れましたか?）。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingImporter</name>
    <message numerus="yes">
        <source>%1 mapping data imported: %n AniList id(s).</source>
        <translation>
            <numerusform>%1 のマッピングデータをインポートしました: AniList ID %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingModel</name>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
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
        <translation>種類</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingRepository</name>
    <message>
        <source>A manual mapping needs an AniList id and a Trakt id.</source>
        <translation>手動マッピングには AniList ID と Trakt ID が必要です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingUpdater</name>
    <message numerus="yes">
        <source>Imported %n AniList id(s).</source>
        <translation>
            <numerusform>AniList ID を %n 件インポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingsTab</name>
    <message>
        <source>Filter by id or title (Ctrl+F)</source>
        <translation>ID またはタイトルで絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>エピソード</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>&amp;Fix mapping…</source>
        <translation>マッピングを修正(&amp;F)…</translation>
    </message>
    <message>
        <source>Needs mapping</source>
        <translation>マッピングが必要</translation>
    </message>
    <message>
        <source>Trakt did not find it</source>
        <translation>Trakt で見つかりませんでした</translation>
    </message>
    <message>
        <source>No Trakt season/episode for it</source>
        <translation>対応する Trakt のシーズン/エピソードがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n 件のマッピング</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) mapping</source>
        <translation>
            <numerusform>%n 件がマッピング待ち</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>マッピングは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1? The next sync resolves it again from the mapping data.</source>
        <translation>AniList %1 のマッピングを削除しますか? 次回の同期でマッピングデータから再び解決されます。</translation>
    </message>
    <message>
        <source>Delete the mapping of AniList %1 (%2)? The next sync resolves it again from the mapping data.</source>
        <translation>AniList %1 (%2) のマッピングを削除しますか? 次回の同期でマッピングデータから再び解決されます。</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>マッピングを削除</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>説明(&amp;X)…</translation>
    </message>
    <message>
        <source>Every source's answer, which one won and why</source>
        <translation>各ソースの回答と、採用されたものとその理由</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>削除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>話数</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>指定日時</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::NeverPostPanel</name>
    <message>
        <source>Never post</source>
        <translation>二度と送信しない</translation>
    </message>
    <message>
        <source>Forget the "never post" choice: the next sync offers the selected plays again.</source>
        <translation>「二度と送信しない」の指定を取り消します。次回の同期で選択した再生が再び提示されます。</translation>
    </message>
    <message>
        <source>Nothing is marked "never post". A sync preview can mark plays so.</source>
        <translation>「二度と送信しない」に指定されたものはありません。同期のプレビューで指定できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) no sync will post.</source>
        <translation>
            <numerusform>%n 件の再生はどの同期でも送信されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Post a&amp;gain</source>
        <translation>再び送信(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OnlineLookup</name>
    <message>
        <source>%1 is not configured.</source>
        <translation>%1 は設定されていません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OtakuImporter</name>
    <message>
        <source>cannot open "%1": %2</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>the file is not a SQLite database.</source>
        <translation>ファイルは SQLite データベースではありません。</translation>
    </message>
    <message>
        <source>the database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideModel</name>
    <message>
        <source>Trakt show</source>
        <translation>Trakt の作品</translation>
    </message>
    <message>
        <source>Absolute episode</source>
        <translation>通し番号</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>シーズン</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>エピソード</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverrideRepository</name>
    <message>
        <source>The Trakt id must be a positive number.</source>
        <translation>Trakt ID は正の数でなければなりません。</translation>
    </message>
    <message>
        <source>The absolute episode must be 1 or more.</source>
        <translation>通し番号は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>The season must be 0 (specials) or more.</source>
        <translation>シーズンは 0 (特別編) 以上でなければなりません。</translation>
    </message>
    <message>
        <source>The episode must be 1 or more.</source>
        <translation>エピソードは 1 以上でなければなりません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverridesTab</name>
    <message>
        <source>Filter by Trakt id</source>
        <translation>Trakt ID で絞り込み</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Trakt show:</source>
        <translation>Trakt の作品(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Absolute episode:</source>
        <translation>通し番号(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;eason:</source>
        <translation>シーズン(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;pisode:</source>
        <translation>エピソード(&amp;P):</translation>
    </message>
    <message>
        <source>An override places one absolute episode of a Trakt show in a season and episode, ahead of every other rule. Season 0 is specials.</source>
        <translation>上書き設定は、Trakt の作品の通し番号 1 話分を、他のすべてのルールに優先してシーズンとエピソードに割り当てます。シーズン 0 は特別編です。</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n 件の上書き</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the absolute episode (1 or more).</source>
        <translation>通し番号を入力してください (1 以上)。</translation>
    </message>
    <message>
        <source>Enter the season (0 for specials).</source>
        <translation>シーズンを入力してください (特別編は 0)。</translation>
    </message>
    <message>
        <source>Enter the episode number within the season (1 or more).</source>
        <translation>シーズン内のエピソード番号を入力してください (1 以上)。</translation>
    </message>
    <message>
        <source>Delete the override for episode %1 of Trakt show %2 (S%3E%4)?</source>
        <translation>Trakt の作品 %2 の第 %1 話 (S%3E%4) の上書きを削除しますか?</translation>
    </message>
    <message>
        <source>Delete override</source>
        <translation>上書きを削除</translation>
    </message>
    <message>
        <source>Save overr&amp;ide</source>
        <translation>上書きを保存(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>削除(&amp;E)</translation>
    </message>
    <message>
        <source>Use the show's numeric Trakt id here.</source>
        <translation>ここには作品の数値の Trakt ID を使ってください。</translation>
    </message>
    <message>
        <source>Asking Trakt…</source>
        <translation>Trakt に問い合わせ中…</translation>
    </message>
    <message>
        <source>Could not ask Trakt about "%1": %2</source>
        <translation>「%1」を Trakt に問い合わせられませんでした: %2</translation>
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
        <translation>完全同期: プレビュー</translation>
    </message>
    <message>
        <source>Completed library: preview</source>
        <translation>完了ライブラリ: プレビュー</translation>
    </message>
    <message>
        <source>Watching library: preview</source>
        <translation>視聴中ライブラリ: プレビュー</translation>
    </message>
    <message>
        <source>Sync one show: preview</source>
        <translation>1 作品の同期: プレビュー</translation>
    </message>
    <message>
        <source>Nothing has been sent to Trakt yet. Untick what should not be posted, then press Post.</source>
        <translation>まだ Trakt には何も送信していません。送信しないもののチェックを外してから「送信」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>To post (%n)</source>
        <translation>
            <numerusform>送信する項目 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>スキップ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m plays</source>
        <translation>%v / %m 再生</translation>
    </message>
    <message>
        <source>&amp;Post to Trakt</source>
        <translation>Trakt に送信(&amp;P)</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>映画</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n 回の再生</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Added %1 · not found %2 · already synced %3</source>
        <translation>追加 %1 · 見つからない %2 · 同期済み %3</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Full sync: result</source>
        <translation>完全同期: 結果</translation>
    </message>
    <message>
        <source>Completed library: result</source>
        <translation>完了ライブラリ: 結果</translation>
    </message>
    <message>
        <source>Watching library: result</source>
        <translation>視聴中ライブラリ: 結果</translation>
    </message>
    <message>
        <source>Sync one show: result</source>
        <translation>1 作品の同期: 結果</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Fix mapping…</source>
        <translation>マッピングを修正(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the Trakt show or movie this title belongs to</source>
        <translation>このタイトルが属する Trakt の番組または映画を選びます</translation>
    </message>
    <message>
        <source>Open in &amp;Trakt</source>
        <translation>Trakt で開く(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n play(s)</source>
        <translation>
            <numerusform>%n 再生中 %1 再生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%n 作品中 %1 作品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 will be posted · %3 skipped</source>
        <translation>%2、%1 を送信します · %3 件スキップ</translation>
    </message>
    <message>
        <source>Posting to Trakt… Stop ends the run after the plays being sent now; what Trakt has confirmed stays posted.</source>
        <translation>Trakt に送信中… 「停止」は送信中の再生のあとで実行を終えます。Trakt が確認したものは送信済みのままです。</translation>
    </message>
    <message>
        <source>Not found on Trakt</source>
        <translation>Trakt で見つからない</translation>
    </message>
    <message>
        <source>Trakt does not know where these go. Select one and press Fix mapping…; the next run posts it.</source>
        <translation>Trakt はこれらの行き先を知りません。1 つ選んで「マッピングを修正…」を押すと、次回の実行で送信されます。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Trakt did not confirm these. Nothing is lost: the next run offers them again.</source>
        <translation>Trakt はこれらを確認しませんでした。失われたものはありません。次回の実行で再び提示されます。</translation>
    </message>
    <message>
        <source>Trakt did not confirm these (%1). Nothing is lost: the next run offers them again.</source>
        <translation>Trakt はこれらを確認しませんでした (%1)。失われたものはありません。次回の実行で再び提示されます。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>The run ended before these were sent.</source>
        <translation>これらを送信する前に実行が終了しました。</translation>
    </message>
    <message>
        <source>The run ended before these were sent: %1</source>
        <translation>これらを送信する前に実行が終了しました: %1</translation>
    </message>
    <message>
        <source>Posted to Trakt</source>
        <translation>Trakt に送信済み</translation>
    </message>
    <message>
        <source>Trakt confirmed these plays.</source>
        <translation>Trakt がこれらの再生を確認しました。</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Trakt に登録済み</translation>
    </message>
    <message>
        <source>An earlier run posted these; they were not sent again.</source>
        <translation>以前の実行で送信済みのため、再送信しませんでした。</translation>
    </message>
    <message>
        <source>Trakt does not know this movie: fix the mapping</source>
        <translation>Trakt はこの映画を知りません。マッピングを修正してください</translation>
    </message>
    <message>
        <source>Trakt has no %1 in this show: fix the mapping</source>
        <translation>この番組に %1 は Trakt にありません。マッピングを修正してください</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) posted to Trakt.</source>
        <translation>
            <numerusform>%n 件の再生を Trakt に送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was posted to Trakt.</source>
        <translation>Trakt には何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were already on Trakt.</source>
        <translation>
            <numerusform>%n 件の再生は Trakt に登録済みでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trakt did not find %n play(s): fix their mapping below.</source>
        <translation>
            <numerusform>Trakt は %n 件の再生を見つけられませんでした。下でマッピングを修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) failed; the next run offers them again.</source>
        <translation>
            <numerusform>%n 件の再生が失敗しました。次回の実行で再び提示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were not sent.</source>
        <translation>
            <numerusform>%n 件の再生は送信されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) you unticked were not sent.</source>
        <translation>
            <numerusform>チェックを外した %n 件の再生は送信されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>Planned (%n)</source>
        <translation>
            <numerusform>予定 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping saved: the next run posts it</source>
        <translation>マッピングを保存しました。次回の実行で送信されます</translation>
    </message>
    <message>
        <source>Never post</source>
        <translation>二度と送信しない</translation>
    </message>
    <message>
        <source>Not posted, and no later sync offers it again (Progress → Never post can bring it back)</source>
        <translation>送信せず、以後の同期でも提案しません（進捗 → 二度と送信しない から戻せます）</translation>
    </message>
    <message>
        <source>Post after all</source>
        <translation>やはり送信する</translation>
    </message>
    <message numerus="yes">
        <source> · %n never post</source>
        <translation>
            <numerusform> · 二度と送信しない %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) marked "never post" are listed in Progress → Never post.</source>
        <translation>
            <numerusform>「二度と送信しない」にした %n 件は 進捗 → 二度と送信しない に表示されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extras (%n)</source>
        <translation>
            <numerusform>追加分 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing beyond plays to send this time.</source>
        <translation>今回は再生以外に送るものはありません。</translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n extra(s)</source>
        <translation>
            <numerusform> · 追加分 %n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Post %1 and %2</source>
        <translation>%1と%2を送信(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>追加分 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source> · rewatches %1 · ratings %2 · watchlist +%3 −%4 · dropped %5</source>
        <translation> · 再視聴 %1 · 評価 %2 · ウォッチリスト +%3 −%4 · 視聴中止 %5</translation>
    </message>
    <message numerus="yes">
        <source> · %n extra(s) failed</source>
        <translation>
            <numerusform> · 追加分 %n 件が失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · rewatch %2</source>
        <translation>%1 · 再視聴 %2</translation>
    </message>
    <message>
        <source>No plays were posted to Trakt.</source>
        <translation>Trakt に送信した再生はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) sent to Trakt.</source>
        <translation>
            <numerusform>評価とリスト変更 %n 件を Trakt に送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) were not taken: see below.</source>
        <translation>
            <numerusform>評価とリスト変更 %n 件は受け付けられませんでした。下を参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s) you unticked were not sent.</source>
        <translation>
            <numerusform>チェックを外した追加分 %n 件は送信していません。</numerusform>
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
        <translation>外部 ID で</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n 件の再生</numerusform>
        </translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>第 %1 話</translation>
    </message>
    <message>
        <source>Show / episode</source>
        <translation>作品 / エピソード</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>シーズン</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>エピソード</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>視聴日時</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>%1 (never post)</source>
        <translation>%1（二度と送信しない）</translation>
    </message>
    <message>
        <source>Never post: the run records it and no sync offers it again (Progress → Never post can bring it back). Tick it to post it after all.</source>
        <translation>二度と送信しない: 実行時に記録され、以後の同期では提案されません（進捗 → 二度と送信しない から戻せます）。チェックを入れると送信します。</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Last episode on Trakt</source>
        <translation>Trakt の最終話</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ProgressTab</name>
    <message>
        <source>AniList id or address, e.g. https://anilist.co/anime/21</source>
        <translation>AniList ID またはアドレス (例: https://anilist.co/anime/21)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>運用手順</translation>
    </message>
    <message>
        <source>&amp;Force resync of show…</source>
        <translation>作品を強制的に再同期(&amp;F)…</translation>
    </message>
    <message>
        <source>Set lastSyncTimestamp to 0, so the next full sync reads every AniList activity again. Plays already on Trakt are not posted twice.</source>
        <translation>lastSyncTimestamp を 0 にして、次回の完全同期で AniList のアクティビティをすべて読み直します。Trakt にある再生は二重に送信されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) with progress</source>
        <translation>
            <numerusform>進捗のある作品 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity window starts at %1</source>
        <translation>アクティビティ期間の開始: %1</translation>
    </message>
    <message>
        <source>Activity window: from the beginning</source>
        <translation>アクティビティ期間: 最初から</translation>
    </message>
    <message>
        <source>AniList %1 has no progress yet: nothing of it has been posted to Trakt.</source>
        <translation>AniList %1 にはまだ進捗がありません: Trakt には何も送信されていません。</translation>
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
        <translation>強制的に再同期</translation>
    </message>
    <message>
        <source>Progress of AniList %1 reset. Run a completed or watching sync to post it again.</source>
        <translation>AniList %1 の進捗をリセットしました。完了または視聴中ライブラリの同期を実行すると再び送信されます。</translation>
    </message>
    <message>
        <source>Reprocess the whole activity window?

lastSyncTimestamp is set to 0, so the next full sync reads every AniList activity again.</source>
        <translation>アクティビティ期間全体を再処理しますか?

lastSyncTimestamp が 0 になり、次回の完全同期で AniList のアクティビティをすべて読み直します。</translation>
    </message>
    <message>
        <source>Reprocess activity window</source>
        <translation>アクティビティ期間を再処理</translation>
    </message>
    <message>
        <source>The activity window was reset. The next full sync reads all activities.</source>
        <translation>アクティビティ期間をリセットしました。次回の完全同期ですべてのアクティビティを読み込みます。</translation>
    </message>
    <message>
        <source>Forget what was synced for the selected show, so the next completed or watching sync looks at it again from episode 1.</source>
        <translation>選択した作品の同期記録を消去し、次回の completed または watching 同期が第 1 話から見直すようにします。</translation>
    </message>
    <message>
        <source>Force a resync of %1?

Its progress (episode %2) and its record of posted plays are forgotten; the next completed or watching sync looks at it again from episode 1 and posts the episodes Trakt does not have. (With "Post plays Trakt already has" in Settings → Sync, it posts every episode again, and Trakt shows them twice.)</source>
        <translation>%1 を強制的に再同期しますか?

進捗(第 %2 話)と送信済み再生の記録を消去します。次回の completed または watching 同期は第 1 話から見直し、Trakt にない話を送信します。(設定 → 同期 の「Trakt に既にある再生も送信」がオンなら、すべての話をもう一度送信し、Trakt では 2 回表示されます。)</translation>
    </message>
    <message>
        <source>Loo&amp;k up</source>
        <translation>検索(&amp;K)</translation>
    </message>
    <message>
        <source>Reprocess &amp;activity window…</source>
        <translation>アクティビティ期間を再処理(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RangeMap</name>
    <message>
        <source>the source range "%1" is not N, N-M or N-.</source>
        <translation>ソース範囲「%1」は N、N-M、N- のいずれでもありません。</translation>
    </message>
    <message>
        <source>the target range "%1" is not N, N-M or N- (with |R or commas).</source>
        <translation>ターゲット範囲「%1」は N、N-M、N-（|R やカンマ区切りを含む）のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunModel</name>
    <message numerus="yes">
        <source>Undo of run %1: %n play(s) removed</source>
        <translation>
            <numerusform>実行 %1 の取り消し: %n 件の再生を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone by run %1</source>
        <translation>実行 %1 で取り消し済み</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Trakt に既存</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つからない</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Full (scheduled)</source>
        <translation>全体（スケジュール）</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Completed library</source>
        <translation>視聴完了ライブラリ</translation>
    </message>
    <message>
        <source>Watching library</source>
        <translation>視聴中ライブラリ</translation>
    </message>
    <message>
        <source>One show</source>
        <translation>1作品</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>一部完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Another sync was running</source>
        <translation>別の同期が実行中でした</translation>
    </message>
    <message>
        <source>Stopped by the plays guard</source>
        <translation>再生数ガードで停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Refused by Trakt</source>
        <translation>Trakt が拒否</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunReport</name>
    <message>
        <source>There is no run %1.</source>
        <translation>実行 %1 はありません。</translation>
    </message>
    <message>
        <source>A run report is exported as csv or json, not "%1".</source>
        <translation>実行レポートは csv または json で書き出します。「%1」ではありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunResult</name>
    <message>
        <source>Already synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Posted by an earlier run or already on Trakt: nothing to do.</source>
        <translation>以前の実行で送信済み、または Trakt に登録済み。作業は不要です。</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>Trakt に登録済み</translation>
    </message>
    <message>
        <source>Trakt already has these plays; they are not posted again.</source>
        <translation>Trakt にはこれらの再生がすでにあるため、再送信しません。</translation>
    </message>
    <message>
        <source>No place on Trakt</source>
        <translation>Trakt 上の場所なし</translation>
    </message>
    <message>
        <source>No mapping data places these episodes on Trakt: add a mapping in the Mappings tab.</source>
        <translation>これらのエピソードを Trakt 上に配置するマッピングデータがありません。「マッピング」タブでマッピングを追加してください。</translation>
    </message>
    <message>
        <source>Waiting for a mapping</source>
        <translation>マッピング待ち</translation>
    </message>
    <message>
        <source>Trakt did not find these before; they wait until their mapping changes.</source>
        <translation>以前 Trakt で見つからなかったため、マッピングが変わるまで待機します。</translation>
    </message>
    <message>
        <source>Unreadable progress</source>
        <translation>読めない進捗</translation>
    </message>
    <message>
        <source>AniList activities whose episode number cannot be read.</source>
        <translation>エピソード番号を読み取れない AniList のアクティビティ。</translation>
    </message>
    <message>
        <source>Dated in the future</source>
        <translation>未来の日付</translation>
    </message>
    <message>
        <source>Activities dated later than now; check the computer's clock.</source>
        <translation>現在より後の日付のアクティビティ。コンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>Nothing watched</source>
        <translation>未視聴</translation>
    </message>
    <message>
        <source>Entries without a watched episode.</source>
        <translation>視聴済みエピソードのないエントリー。</translation>
    </message>
    <message>
        <source>Not a watch</source>
        <translation>視聴ではない</translation>
    </message>
    <message>
        <source>Activities that are not watches (planning, dropping, ...).</source>
        <translation>視聴ではないアクティビティ (予定、中止など)。</translation>
    </message>
    <message>
        <source>Part of a movie</source>
        <translation>映画の一部</translation>
    </message>
    <message>
        <source>Episodes of a title Trakt files as one movie: the movie is posted once.</source>
        <translation>Trakt が 1 本の映画として扱うタイトルのエピソード。映画は 1 回だけ送信されます。</translation>
    </message>
    <message>
        <source>Never post</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <source>You chose never to post these; Progress → Never post offers them again.</source>
        <translation>これらは送信しないように選ばれています。「進捗 → 送信しない」から再び提示できます。</translation>
    </message>
    <message>
        <source>Rewatches not sent</source>
        <translation>送信しない再視聴</translation>
    </message>
    <message>
        <source>"Watch only once" is on in your Trakt settings: Trakt keeps one play per episode, so rewatches are not sent. Turn it off on trakt.tv to send them.</source>
        <translation>Trakt の設定で「Watch only once」がオンです: Trakt はエピソードごとに 1 回の再生しか保持しないため、再視聴は送信しません。送信するには trakt.tv でオフにしてください。</translation>
    </message>
    <message>
        <source>Watchlist full</source>
        <translation>ウォッチリストが満杯</translation>
    </message>
    <message>
        <source>These do not fit under your Trakt account's watchlist limit; nothing of them was sent. Make room on trakt.tv (or upgrade) and sync again.</source>
        <translation>これらは Trakt アカウントのウォッチリストの上限に入りきらないため、何も送信していません。trakt.tv で空きを作る(またはアップグレードする)と、再び同期できます。</translation>
    </message>
    <message>
        <source>No place for a rating or list</source>
        <translation>評価やリストの行き先がありません</translation>
    </message>
    <message>
        <source>Ratings, watchlist or dropped entries Tsuzuki could not place on Trakt: add a mapping in the Mappings tab.</source>
        <translation>Tsuzuki が Trakt 上の行き先を見つけられなかった評価、ウォッチリスト、視聴中止のエントリです。「マッピング」タブでマッピングを追加してください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunUndo</name>
    <message>
        <source>There is no run %1.</source>
        <translation>実行 %1 はありません。</translation>
    </message>
    <message>
        <source>Run %1 is an undo itself; sync again to post those plays.</source>
        <translation>実行 %1 自体が取り消しです。その再生を送信するには再度同期してください。</translation>
    </message>
    <message>
        <source>Run %1 is still running.</source>
        <translation>実行 %1 はまだ実行中です。</translation>
    </message>
    <message>
        <source>Run %1 was undone already (by run %2).</source>
        <translation>実行 %1 は既に取り消されています(実行 %2)。</translation>
    </message>
    <message>
        <source>Run %1 posted nothing that is still recorded; there is nothing to undo.</source>
        <translation>実行 %1 が送信したもので記録に残っているものはありません。取り消す対象はありません。</translation>
    </message>
    <message>
        <source>Log in to Trakt first; nothing was removed.</source>
        <translation>まず Trakt にログインしてください。何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run %1 started: %n play(s) to remove from Trakt</source>
        <translation>
            <numerusform>実行 %1 の取り消しを開始: Trakt から削除する再生 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of run %1 stopped (%2): %3 removed, %4 still on Trakt. %5</source>
        <translation>実行 %1 の取り消しが停止しました(%2): 削除 %3 件、Trakt に残存 %4 件。%5</translation>
    </message>
    <message>
        <source>Undo of run %1: %2 play(s) removed from Trakt, %3 were gone already, %4 rating(s) and list change(s) put back</source>
        <translation>実行 %1 の取り消し: %2 件の再生を Trakt から削除、%3 件は既にありませんでした、評価とリスト変更 %4 件を元に戻しました</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunsDialog</name>
    <message>
        <source>movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>&amp;Undo this run…</source>
        <translation>この実行を取り消す(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV を書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON を書き出す(&amp;J)…</translation>
    </message>
    <message>
        <source>Sync runs</source>
        <translation>同期の実行履歴</translation>
    </message>
    <message>
        <source>Remove from Trakt the plays this run posted (never plays that were there before). Shows what would go first.</source>
        <translation>この実行が送信した再生を Trakt から削除します(以前からあった再生は削除しません)。先に削除内容を表示します。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Export the run report</source>
        <translation>実行レポートを書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Undo run %1</source>
        <translation>実行 %1 を取り消す</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) this run posted will be removed from Trakt.</source>
        <translation>
            <numerusform>この実行が送信した %n 件の再生を Trakt から削除します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) that were on Trakt before it stay.</source>
        <translation>
            <numerusform>以前から Trakt にあった %n 件の再生は残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <source>Keep (on Trakt before): %1</source>
        <translation>残す(以前から Trakt にあり): %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n play(s) from Trakt</source>
        <translation>
            <numerusform>Trakt から %n 件の再生を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not open yet.</source>
        <translation>データベースはまだ開いていません。</translation>
    </message>
    <message>
        <source>A sync is running; undo the run when it is done.</source>
        <translation>同期の実行中です。終わってから取り消してください。</translation>
    </message>
    <message>
        <source>Removing the plays of run %1 from Trakt…</source>
        <translation>実行 %1 の再生を Trakt から削除しています…</translation>
    </message>
    <message>
        <source>Run %1 undone: %2 play(s) removed from Trakt, %3 were gone already.</source>
        <translation>実行 %1 を取り消しました: Trakt から %2 件の再生を削除、%3 件は既になし。</translation>
    </message>
    <message>
        <source>The undo of run %1 stopped: %2 removed, %3 still on Trakt. %4</source>
        <translation>実行 %1 の取り消しが停止しました: 削除 %2 件、Trakt に残存 %3 件。%4</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>実行 %1 のレポートを %2 に書き込みました</translation>
    </message>
    <message>
        <source>(rewatch %1)</source>
        <translation>(再視聴 %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) it made are put back as they were.</source>
        <translation>
            <numerusform>この実行による評価とリスト変更 %n 件を元の状態に戻します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1, put back %2</source>
        <translation>%1を削除、%2を元に戻す</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n 件の再生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>追加分 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) put back.</source>
        <translation>
            <numerusform>評価とリスト変更 %n 件を元に戻しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) Trakt did not take back: undo the run again to retry them.</source>
        <translation>
            <numerusform>評価とリスト変更 %n 件は Trakt で元に戻せませんでした。もう一度実行を取り消して再試行してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SecretStoreRelay</name>
    <message>
        <source>The secret store is no longer available.</source>
        <translation>シークレットストアは利用できなくなりました。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>There is no writable keychain to keep the password in. Set TSUZUKI_DATABASE_PASSWORD instead, or use a server that needs no password.</source>
        <translation>パスワードを保存できる書き込み可能なキーチェーンがありません。代わりに TSUZUKI_DATABASE_PASSWORD を設定するか、パスワード不要のサーバーを使ってください。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Mapping sources</source>
        <translation>マッピングソース</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Could not save in the keychain: %1</source>
        <translation>キーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no writable keychain.</source>
        <translation>書き込み可能なキーチェーンがありません。</translation>
    </message>
    <message>
        <source>Trakt</source>
        <translation>Trakt</translation>
    </message>
    <message>
        <source>From trakt.tv/oauth/applications</source>
        <translation>trakt.tv/oauth/applications から</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>ログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>ログアウト中…</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>ログインしていません</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>AniList</source>
        <translation>AniList</translation>
    </message>
    <message>
        <source>From anilist.co/settings/developer (redirect URL: PIN)</source>
        <translation>anilist.co/settings/developer から (リダイレクト URL: PIN)</translation>
    </message>
    <message>
        <source>Open the &amp;PIN page</source>
        <translation>PIN ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Paste the token from the PIN page</source>
        <translation>PIN ページのトークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Save &amp;token</source>
        <translation>トークンを保存(&amp;T)</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>TMDB (optional)</source>
        <translation>TMDB (任意)</translation>
    </message>
    <message>
        <source>API key; improves matching of shows that the mapping data lacks</source>
        <translation>API キー: マッピングデータにない作品の照合を改善します</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>Enter the client id of your Trakt app first.</source>
        <translation>先に Trakt アプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>トークンは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>自動的に同期(&amp;A)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Plays per request:</source>
        <translation>1 リクエストあたりの再生数(&amp;P):</translation>
    </message>
    <message>
        <source>Ask before posting more than:</source>
        <translation>次の数を超えて送信する前に確認:</translation>
    </message>
    <message>
        <source>Scheduled syncs post without a preview: turning the schedule on approves them. A run above the plays guard waits for you to confirm it.</source>
        <translation>予定された同期はプレビューなしで送信します: スケジュールをオンにすると承認したことになります。再生数の上限を超える実行は確認を待ちます。</translation>
    </message>
    <message>
        <source>&amp;Otaku:</source>
        <translation>Otaku(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Fribbs:</source>
        <translation>Fribbs(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;AniBridge:</source>
        <translation>AniBridge(&amp;A):</translation>
    </message>
    <message>
        <source>Leave empty for the built-in addresses. The environment variables TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL and TSUZUKI_ANIBRIDGE_URL override these.</source>
        <translation>空欄にすると内蔵のアドレスを使います。環境変数 TSUZUKI_OTAKU_URL、TSUZUKI_FRIBBS_URL、TSUZUKI_ANIBRIDGE_URL はこれらより優先されます。</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray (closing the window keeps Tsuzuki running)</source>
        <translation>システムトレイにアイコンを表示 (ウィンドウを閉じても Tsuzuki は動作し続けます)(&amp;T)</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>トレイに最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>ログイン時に起動(&amp;L)</translation>
    </message>
    <message>
        <source>The autostart entry could not be changed: %1</source>
        <translation>自動起動の項目を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Checking the token with AniList…</source>
        <translation>AniList でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Post plays Trakt already &amp;has (as second plays)</source>
        <translation>Trakt に既にある再生も送信(2 回目の再生として)(&amp;H)</translation>
    </message>
    <message>
        <source>Normally a sync skips what your Trakt history already has ("already on Trakt"). Turn this on only to post them again as second plays; rewatches logged on AniList have their own switch below.</source>
        <translation>通常、同期は Trakt の履歴に既にあるもの(「Trakt に既にあり」)をスキップします。それらを 2 回目の再生として再び送信したいときだけオンにしてください。AniList に記録した再視聴には下に専用のスイッチがあります。</translation>
    </message>
    <message>
        <source>Beyond plays</source>
        <translation>再生以外</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SetupWizard</name>
    <message>
        <source>Set up Tsuzuki</source>
        <translation>Tsuzuki のセットアップ</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポート中…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>The mapping data is ready.</source>
        <translation>マッピングデータの準備ができました。</translation>
    </message>
    <message>
        <source>%1 of %2 sources were imported. The others can be fetched later with Update on the Dashboard; titles they would have placed need a manual mapping until then.</source>
        <translation>%2 件中 %1 件のソースをインポートしました。残りは後でダッシュボードの「更新」で取得できます。それまで、それらが配置するはずだったタイトルには手動のマッピングが必要です。</translation>
    </message>
    <message>
        <source>Welcome to Tsuzuki</source>
        <translation>Tsuzuki へようこそ</translation>
    </message>
    <message>
        <source>Tsuzuki copies what you watch and log on AniList into your Trakt history: each episode once, in the right season.</source>
        <translation>Tsuzuki は AniList で視聴・記録したものを Trakt の履歴に写します。各エピソードを 1 回だけ、正しいシーズンに。</translation>
    </message>
    <message>
        <source>Three steps get it ready: log in to Trakt, log in to AniList and download the mapping data that says where each anime is on Trakt. Then you choose what to sync first.</source>
        <translation>準備は 3 ステップです。Trakt にログインし、AniList にログインし、各アニメが Trakt のどこにあるかを示すマッピングデータをダウンロードします。そのあと、最初に何を同期するかを選びます。</translation>
    </message>
    <message>
        <source>Nothing is sent to Trakt until you have seen a preview and pressed Post. Every step can be skipped and done later from the Dashboard.</source>
        <translation>プレビューを確認して「送信」を押すまで、Trakt には何も送られません。どのステップも飛ばして、後でダッシュボードから行えます。</translation>
    </message>
    <message>
        <source>Log in to Trakt</source>
        <translation>Trakt にログイン</translation>
    </message>
    <message>
        <source>Trakt lets only registered apps sign in, so Tsuzuki needs the client id and secret of a Trakt API app: create one at %1 (redirect URI: urn:ietf:wg:oauth:2.0:oob) and paste both here. Creating an app needs Trakt VIP and a free account may connect only one app, so if you already have an app, use its id and secret.</source>
        <translation>Trakt は登録済みのアプリにしかサインインを許さないため、Tsuzuki には Trakt API アプリのクライアント ID とシークレットが必要です。%1 で作成し (リダイレクト URI: urn:ietf:wg:oauth:2.0:oob)、両方をここに貼り付けてください。アプリの作成には Trakt VIP が必要で、無料アカウントは 1 つのアプリしか接続できないため、既存のアプリがあればその ID とシークレットを使ってください。</translation>
    </message>
    <message>
        <source>From trakt.tv/oauth/applications</source>
        <translation>trakt.tv/oauth/applications から</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>システムのキーチェーンに保存済み</translation>
    </message>
    <message>
        <source>&amp;Log in to Trakt…</source>
        <translation>Trakt にログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>クライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Log in to AniList</source>
        <translation>AniList にログイン</translation>
    </message>
    <message>
        <source>AniList hands its tokens to registered API clients: create one at %1 with the redirect URL https://anilist.co/api/v2/oauth/pin and enter its id below. Then open the PIN page, approve Tsuzuki and paste the token it shows.</source>
        <translation>AniList は登録済みの API クライアントにトークンを発行します。%1 でリダイレクト URL を https://anilist.co/api/v2/oauth/pin にして作成し、その ID を下に入力してください。次に PIN ページを開いて Tsuzuki を承認し、表示されたトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>From anilist.co/settings/developer</source>
        <translation>anilist.co/settings/developer から</translation>
    </message>
    <message>
        <source>Open the &amp;PIN page</source>
        <translation>PIN ページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Enter the id of your AniList API client first.</source>
        <translation>先に AniList API クライアントの ID を入力してください。</translation>
    </message>
    <message>
        <source>Paste the token from the PIN page</source>
        <translation>PIN ページのトークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Check and &amp;save</source>
        <translation>確認して保存(&amp;S)</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>Download the mapping data</source>
        <translation>マッピングデータのダウンロード</translation>
    </message>
    <message>
        <source>Where each anime is on Trakt comes from community mapping data (Otaku-Mappings, Fribb's anime-lists and AniBridge). Tsuzuki downloads it now; Update on the Dashboard fetches newer data later.</source>
        <translation>各アニメが Trakt のどこにあるかは、コミュニティのマッピングデータ (Otaku-Mappings、Fribb の anime-lists、AniBridge) から分かります。Tsuzuki が今ダウンロードします。新しいデータは後でダッシュボードの「更新」で取得できます。</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Download &amp;again</source>
        <translation>もう一度ダウンロード(&amp;A)</translation>
    </message>
    <message>
        <source>The first sync</source>
        <translation>最初の同期</translation>
    </message>
    <message>
        <source>Choose what to bring to Trakt first. You see a preview of every play before anything is posted.</source>
        <translation>最初に Trakt へ送るものを選んでください。何かが送信される前に、すべての再生のプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Full s&amp;ync (recommended)</source>
        <translation>完全同期 (推奨)(&amp;Y)</translation>
    </message>
    <message>
        <source>Every episode in your AniList activity feed that Trakt does not have yet; later runs read only what is new since the last one.</source>
        <translation>AniList のアクティビティにあり、まだ Trakt にないすべてのエピソード。以降の実行では前回からの新しい分だけを読みます。</translation>
    </message>
    <message>
        <source>&amp;Completed library</source>
        <translation>完了ライブラリ(&amp;C)</translation>
    </message>
    <message>
        <source>Every episode of every anime you marked as completed on AniList, also those finished before your activity feed begins.</source>
        <translation>AniList で視聴完了にしたすべてのアニメの全エピソード。アクティビティの記録が始まる前に見終えたものも含みます。</translation>
    </message>
    <message>
        <source>&amp;Watching library</source>
        <translation>視聴中ライブラリ(&amp;W)</translation>
    </message>
    <message>
        <source>The episodes you have seen so far of the anime you are watching now.</source>
        <translation>今視聴中のアニメで、これまでに見たエピソード。</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>今はしない(&amp;O)</translation>
    </message>
    <message>
        <source>Close the setup; the Dashboard's buttons start a sync whenever you like.</source>
        <translation>セットアップを閉じます。同期はいつでもダッシュボードのボタンで開始できます。</translation>
    </message>
    <message>
        <source>&amp;Log in again…</source>
        <translation>再ログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Enter the client id of your Trakt app first.</source>
        <translation>先に Trakt アプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Logged in. Asking Trakt for the account's name…</source>
        <translation>ログインしました。Trakt にアカウント名を問い合わせ中…</translation>
    </message>
    <message>
        <source>Checking the token with AniList…</source>
        <translation>AniList でトークンを確認中…</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>トークンは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>同期する内容</translation>
    </message>
    <message>
        <source>Tsuzuki always posts the episodes you watched. It can also send these to Trakt; each is off until you turn it on, each appears in the preview with its own check box, and undoing a run takes it back. Settings → Sync changes them later.</source>
        <translation>Tsuzuki は視聴したエピソードを常に送信します。さらに以下を Trakt に送ることもできます。どれもオンにするまではオフで、プレビューにそれぞれのチェックボックス付きで表示され、実行を取り消すと元に戻ります。後から「設定 → 同期」で変更できます。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncController</name>
    <message>
        <source>The database is not open yet.</source>
        <translation>データベースはまだ開かれていません。</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同期はすでに実行中です。</translation>
    </message>
    <message>
        <source>Reading AniList and computing the preview…</source>
        <translation>AniList を読み込んでプレビューを作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n play(s) to post</source>
        <translation>
            <numerusform>プレビュー完了: 送信する再生 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Posting to Trakt…</source>
        <translation>Trakt に送信中…</translation>
    </message>
    <message>
        <source>Posting %1 of %2 plays…</source>
        <translation>%2 回中 %1 回の再生を送信中…</translation>
    </message>
    <message>
        <source>Last sync: added %1, not found %2</source>
        <translation>前回の同期: 追加 %1、見つからない %2</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました: %1</translation>
    </message>
    <message>
        <source>Background sync: reading AniList…</source>
        <translation>バックグラウンド同期: AniList を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Background sync: posting %n play(s)…</source>
        <translation>
            <numerusform>バックグラウンド同期: %n 件の再生を送信中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Background sync: posted %1 of %2 plays…</source>
        <translation>バックグラウンド同期: %2 件中 %1 件を送信済み…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncEngine</name>
    <message>
        <source>This run would add %1 plays, more than the limit of %2. Confirm to go ahead.</source>
        <translation>この実行では %1 回の再生を追加します。上限の %2 を超えています。続けるには確認してください。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Cannot check Trakt history for "%1" without a Trakt or IMDb id</source>
        <translation>Trakt または IMDb の ID がないため、「%1」の Trakt の履歴を確認できません</translation>
    </message>
    <message numerus="yes">
        <source>Trakt did not find %n play(s); they are in the needs-mapping list.</source>
        <translation>
            <numerusform>Trakt で %n 件の再生が見つかりませんでした。「要マッピング」の一覧にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Trakt's answer did not account for every play sent; checking Trakt's history.</source>
        <translation>Trakt の応答が送信したすべての再生を含んでいません。Trakt の履歴を確認します。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncLog</name>
    <message>
        <source>Scheduled full sync</source>
        <translation>スケジュールによる完全同期</translation>
    </message>
    <message>
        <source>Manual full sync</source>
        <translation>手動の完全同期</translation>
    </message>
    <message>
        <source>Scheduled completed-library sync</source>
        <translation>スケジュールによる完了ライブラリの同期</translation>
    </message>
    <message>
        <source>Manual completed-library sync</source>
        <translation>手動の完了ライブラリの同期</translation>
    </message>
    <message>
        <source>Scheduled watching-library sync</source>
        <translation>スケジュールによる視聴中ライブラリの同期</translation>
    </message>
    <message>
        <source>Manual watching-library sync</source>
        <translation>手動の視聴中ライブラリの同期</translation>
    </message>
    <message>
        <source>Scheduled one-show sync</source>
        <translation>スケジュールによる 1 作品の同期</translation>
    </message>
    <message>
        <source>Manual one-show sync</source>
        <translation>手動の 1 作品の同期</translation>
    </message>
    <message numerus="yes">
        <source>%1 started: %n play(s) to post</source>
        <translation>
            <numerusform>%1 を開始: 送信する再生 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped, Trakt refused: %2</source>
        <translation>%1 は停止しました。Trakt が拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 added, %4 already on Trakt, %5 not found, %6 unmapped</source>
        <extracomment>%1 = "Manual full sync", %2 = how it ended (succeeded, partial, failed, ...)</extracomment>
        <translation>%1 %2: 追加 %3、Trakt に登録済み %4、見つからない %5、マッピングなし %6</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 rewatches, %2 ratings, %3 to the watchlist, %4 off it, %5 dropped, %6 not sent</source>
        <extracomment>issue 16's extras, after the plays' counts</extracomment>
        <translation>再視聴 %1、評価 %2、ウォッチリストへ追加 %3、ウォッチリストから削除 %4、視聴中止 %5、未送信 %6</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncPlanner</name>
    <message>
        <source>No Trakt mapping found</source>
        <translation>Trakt のマッピングが見つかりません</translation>
    </message>
    <message>
        <source>Trakt did not find this episode at the mapped place; it waits until the mapping changes</source>
        <translation>Trakt はこのエピソードを対応先で見つけられませんでした。対応が変わるまで待機します</translation>
    </message>
    <message>
        <source>Part of a movie posted with episode %1</source>
        <translation>エピソード %1 で登録される映画の一部</translation>
    </message>
    <message>
        <source>Activity %1 has an impossible time (%2); skipped</source>
        <translation>アクティビティ %1 の日時がありえない値です（%2）。スキップしました</translation>
    </message>
    <message>
        <source>AniList activity %1 (%2) is dated %3, in the future; it was skipped.</source>
        <translation>AniList のアクティビティ %1（%2）の日時が %3 で未来になっているため、スキップしました。</translation>
    </message>
    <message>
        <source>Unreadable progress "%1"</source>
        <translation>進捗「%1」を読み取れません</translation>
    </message>
    <message>
        <source>No watched episodes on AniList</source>
        <translation>AniList に視聴済みのエピソードがありません</translation>
    </message>
    <message>
        <source>The stored sync window (lastSyncTimestamp %1) is in the future; every activity is read again and plays already on Trakt are skipped.</source>
        <translation>保存されている同期ウィンドウ（lastSyncTimestamp %1）が未来になっています。すべてのアクティビティを読み直し、Trakt にすでにある再生はスキップします。</translation>
    </message>
    <message>
        <source>You chose never to post this (Progress → Never post)</source>
        <translation>送信しないよう指定されています(進捗 → 二度と送信しない)</translation>
    </message>
    <message>
        <source>Already on Trakt (watched %1)</source>
        <translation>既に Trakt にあります(%1 に視聴)</translation>
    </message>
    <message>
        <source>Already on Trakt</source>
        <translation>既に Trakt にあります</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncRunLock</name>
    <message>
        <source>another process</source>
        <translation>別のプロセス</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>時刻不明</translation>
    </message>
    <message>
        <source>sync already running (%1, since %2)</source>
        <extracomment>%1 = host (and process), %2 = start time</extracomment>
        <translation>同期はすでに実行中です (%1、%2 から)</translation>
    </message>
    <message>
        <source>Cannot create the sync lock file %1: the disk may be full, or the folder read-only. No sync was started.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>同期ロックファイル %1 を作成できません。ディスクがいっぱいか、フォルダーが読み取り専用の可能性があります。同期は開始していません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncService</name>
    <message>
        <source>A sync is already running.</source>
        <translation>同期はすでに実行中です。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncSession</name>
    <message>
        <source>No mapping data for this show</source>
        <translation>この作品のマッピングデータがありません</translation>
    </message>
    <message>
        <source>Episode %1 has no place on Trakt</source>
        <translation>第 %1 話に対応する Trakt の位置がありません</translation>
    </message>
    <message>
        <source>Log in to AniList first (Settings → Accounts, or tsuzuki-cli auth anilist).</source>
        <translation>まず AniList にログインしてください(設定 → アカウント、または tsuzuki-cli auth anilist)。</translation>
    </message>
    <message>
        <source>Log in to Trakt first.</source>
        <translation>まず Trakt にログインしてください。</translation>
    </message>
    <message>
        <source>Log in to Trakt first (Settings → Accounts, or tsuzuki-cli auth trakt). Nothing was sent.</source>
        <translation>まず Trakt にログインしてください(設定 → アカウント、または tsuzuki-cli auth trakt)。何も送信されていません。</translation>
    </message>
    <message>
        <source>Trakt has no show with id %1; it could not be re-resolved</source>
        <translation>Trakt に ID %1 の番組はありません。再解決できませんでした</translation>
    </message>
    <message>
        <source>The sync stopped after %1 s, its time limit for this much work: %2 did not answer in time. Plays whose answer did not arrive are checked against Trakt's history on the next run.</source>
        <translation>同期は、この作業量に対する制限時間の %1 秒で停止しました: %2 が時間内に応答しませんでした。応答のなかった再生は、次回の実行で Trakt の履歴と照合します。</translation>
    </message>
    <message>
        <source>Not logged in to Trakt: what Trakt already has is checked when you post.</source>
        <translation>Trakt にログインしていません: Trakt に既にあるものは送信時に確認します。</translation>
    </message>
    <message>
        <source>Could not read what Trakt already has (%1). Nothing was posted; try again.</source>
        <translation>Trakt に既にあるものを読み込めませんでした(%1)。何も送信されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Sync (%1) not started, Trakt refused: %2</source>
        <translation>同期(%1)は開始されませんでした。Trakt が拒否しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) marked "never post" in the preview</source>
        <translation>
            <numerusform>プレビューで %n 件の再生を「二度と送信しない」に指定しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) reached Trakt since the preview; they are not posted again</source>
        <translation>
            <numerusform>%n 件の再生はプレビューの後に Trakt に届いたため、再送信しません</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read your Trakt ratings and lists (%1). Nothing was posted; try again, or turn these extras off in Settings → Sync.</source>
        <translation>Trakt の評価とリストを読み込めませんでした(%1)。何も送信していません。もう一度試すか、「設定 → 同期」でこれらの追加分をオフにしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: "watch only once" is on in your Trakt settings</source>
        <translation>
            <numerusform>再視聴 %n 件を送信しません: Trakt の設定で「watch only once」がオンです</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: your Trakt settings could not be read (%1)</source>
        <translation>
            <numerusform>再視聴 %n 件を送信しません: Trakt の設定を読み込めませんでした(%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trakt refused the watchlist items: the watchlist is full (%1). Nothing of that request was added.</source>
        <translation>Trakt はウォッチリストの項目を拒否しました: ウォッチリストが満杯です(%1)。そのリクエストの項目は何も追加されていません。</translation>
    </message>
    <message>
        <source>Some ratings or list changes were not sent: %1</source>
        <translation>一部の評価やリスト変更を送信できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Time</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TitleKind</name>
    <message>
        <source>%1 files it as a TMDB movie.</source>
        <translation>%1 は TMDB の映画としています。</translation>
    </message>
    <message>
        <source>%1 places it in a TMDB show.</source>
        <translation>%1 は TMDB の番組内に置いています。</translation>
    </message>
    <message>
        <source>No source gives a TMDB kind; treated as a show.</source>
        <translation>TMDB の種類を示すソースがないため、番組として扱います。</translation>
    </message>
    <message>
        <source>No source gives a TMDB kind; the format %1 decides.</source>
        <translation>TMDB の種類を示すソースがないため、形式 %1 で決めます。</translation>
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
        <translation>これは映画のアドレスです。ここには番組が必要です。</translation>
    </message>
    <message>
        <source>This is a show's address; a movie is needed here.</source>
        <translation>これは番組のアドレスです。ここには映画が必要です。</translation>
    </message>
    <message>
        <source>Paste the show's Trakt address (trakt.tv/shows/&lt;name&gt;), its TMDB address or its Trakt id.</source>
        <translation>作品の Trakt のアドレス (trakt.tv/shows/&lt;name&gt;)、TMDB のアドレス、または Trakt ID を貼り付けてください。</translation>
    </message>
    <message>
        <source>Not a Trakt id, trakt.tv address or themoviedb.org address. On trakt.tv, open the show or movie and copy the address from the browser.</source>
        <translation>Trakt ID、trakt.tv のアドレス、themoviedb.org のアドレスのいずれでもありません。trakt.tv で番組または映画を開き、ブラウザーからアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>This is a manga; Tsuzuki syncs anime only.</source>
        <translation>これは漫画です。Tsuzuki が同期するのはアニメだけです。</translation>
    </message>
    <message>
        <source>This MyAnimeList address has no anime id (expected myanimelist.net/anime/&lt;id&gt;).</source>
        <translation>この MyAnimeList のアドレスにはアニメの ID がありません (myanimelist.net/anime/&lt;id&gt; の形式が必要)。</translation>
    </message>
    <message>
        <source>Trakt does not know "%1": no show or movie has that id or name. Copy the address of its page on trakt.tv.</source>
        <translation>Trakt は「%1」を知りません。その ID または名前の番組・映画はありません。trakt.tv のページのアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>Trakt does not know "%1". Copy the address of its page on trakt.tv.</source>
        <translation>Trakt は「%1」を知りません。trakt.tv のページのアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>Trakt has no title with TMDB id %1. Copy the address of its page on trakt.tv instead.</source>
        <translation>Trakt には TMDB ID %1 のタイトルがありません。代わりに trakt.tv のページのアドレスをコピーしてください。</translation>
    </message>
    <message>
        <source>AniList has no anime with MyAnimeList id %1.</source>
        <translation>AniList には MyAnimeList ID %1 のアニメがありません。</translation>
    </message>
    <message>
        <source>AniList has no anime with id %1.</source>
        <translation>AniList には ID %1 のアニメがありません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TmdbClient</name>
    <message>
        <source>No TMDB API key is set.</source>
        <translation>TMDB API キーが設定されていません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktAuth</name>
    <message>
        <source>Trakt sent a login answer without a token.</source>
        <translation>Trakt がトークンのないログイン応答を返しました。</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>利用できるシークレットストアがありません。</translation>
    </message>
    <message>
        <source>The new Trakt login could not be saved (%1). Log in again.</source>
        <translation>新しい Trakt のログインを保存できませんでした (%1)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Trakt にログインしていません。</translation>
    </message>
    <message>
        <source>Not logged in to Trakt. Log in again.</source>
        <translation>Trakt にログインしていません。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Trakt did not renew the login. Log in again.</source>
        <translation>Trakt がログインを更新しませんでした。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Trakt refused to renew your login (the app was disconnected, or the login was used elsewhere). Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt がログインの更新を拒否しました(アプリの接続が解除されたか、ログインが別の場所で使われました)。Trakt にもう一度ログインしてください。それまで何も送信しません。</translation>
    </message>
    <message>
        <source>Trakt accepted the login, but it could not be saved: %1 The login is kept until Tsuzuki quits: fix this, then press Retry.</source>
        <translation>Trakt はログインを受け付けましたが、保存できませんでした: %1 ログインは Tsuzuki を終了するまで保持されます。問題を解決してから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>There is no Trakt login waiting to be saved. Log in again.</source>
        <translation>保存待ちの Trakt ログインはありません。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktAuthRelay</name>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Trakt にログインしていません。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktClient</name>
    <message>
        <source>Trakt listed a rating without ids.</source>
        <translation>Trakt が ID のない評価を返しました。</translation>
    </message>
    <message>
        <source>Trakt listed a rating outside 1 to 10.</source>
        <translation>Trakt が 1〜10 の範囲外の評価を返しました。</translation>
    </message>
    <message>
        <source>Trakt listed an item without ids.</source>
        <translation>Trakt が ID のない項目を返しました。</translation>
    </message>
    <message>
        <source>Trakt's answer to a list or rating change is not in the expected form.</source>
        <translation>リストまたは評価の変更に対する Trakt の応答が想定外の形式です。</translation>
    </message>
    <message>
        <source>Trakt sent the ratings in an unexpected form.</source>
        <translation>Trakt から想定外の形式で評価が届きました。</translation>
    </message>
    <message>
        <source>Trakt sent the watchlist in an unexpected form.</source>
        <translation>Trakt から想定外の形式でウォッチリストが届きました。</translation>
    </message>
    <message>
        <source>Trakt sent the dropped shows in an unexpected form.</source>
        <translation>Trakt から想定外の形式で視聴中止の番組が届きました。</translation>
    </message>
    <message>
        <source>Not logged in to Trakt.</source>
        <translation>Trakt にログインしていません。</translation>
    </message>
    <message>
        <source>Trakt sent seasons in an unexpected form.</source>
        <translation>Trakt が予期しない形式でシーズン情報を返しました。</translation>
    </message>
    <message>
        <source>Trakt did not say who is logged in.</source>
        <translation>Trakt はログイン中のユーザーを返しませんでした。</translation>
    </message>
    <message>
        <source>Trakt's season list has an entry without a season number.</source>
        <translation>Trakt のシーズン一覧にシーズン番号のない項目があります。</translation>
    </message>
    <message>
        <source>Trakt sent search results in an unexpected form.</source>
        <translation>Trakt の検索結果が想定外の形式でした。</translation>
    </message>
    <message>
        <source>Trakt's answer to a history post is not in the expected form.</source>
        <translation>履歴の送信に対する Trakt の応答が想定した形式ではありません。</translation>
    </message>
    <message>
        <source>Trakt sent a history page in an unexpected form.</source>
        <translation>Trakt の履歴ページが想定外の形式でした。</translation>
    </message>
    <message>
        <source>Trakt sent its last activities in an unexpected form.</source>
        <translation>Trakt の最新アクティビティが想定外の形式でした。</translation>
    </message>
    <message>
        <source>Trakt listed a watched item without ids.</source>
        <translation>Trakt が ID のない視聴済み項目を返しました。</translation>
    </message>
    <message>
        <source>Trakt sent the watched list in an unexpected form.</source>
        <translation>Trakt から想定外の形式の視聴済み一覧が届きました。</translation>
    </message>
    <message>
        <source>Trakt's answer to a history removal is not in the expected form.</source>
        <translation>履歴削除に対する Trakt の応答が想定の形式ではありません。</translation>
    </message>
    <message>
        <source>Trakt sent a title in an unexpected form.</source>
        <translation>Trakt から予期しない形式のタイトルが届きました。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktDeviceLogin</name>
    <message>
        <source>No Trakt client id is set.</source>
        <translation>Trakt のクライアント ID が設定されていません。</translation>
    </message>
    <message>
        <source>Trakt did not send a login code.</source>
        <translation>Trakt がログインコードを返しませんでした。</translation>
    </message>
    <message>
        <source>The Trakt login code expired before it was approved. Start the login again.</source>
        <translation>Trakt のログインコードが承認前に期限切れになりました。もう一度ログインを始めてください。</translation>
    </message>
    <message>
        <source>Trakt does not know this login code. Start the login again.</source>
        <translation>Trakt はこのログインコードを認識していません。もう一度ログインを始めてください。</translation>
    </message>
    <message>
        <source>This Trakt login code was already used. Start the login again.</source>
        <translation>この Trakt のログインコードはすでに使われています。もう一度ログインを始めてください。</translation>
    </message>
    <message>
        <source>The Trakt login was denied.</source>
        <translation>Trakt のログインが拒否されました。</translation>
    </message>
    <message>
        <source>The Trakt login was cancelled.</source>
        <translation>Trakt のログインはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktErrors</name>
    <message>
        <source>Trakt refused to renew your login (the app was disconnected, or the login was used elsewhere). Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt がログインの更新を拒否しました(アプリの接続が解除されたか、ログインが別の場所で使われました)。Trakt にもう一度ログインしてください。それまで何も送信しません。</translation>
    </message>
    <message>
        <source>Trakt no longer accepts Tsuzuki for your account: the app was disconnected or revoked (a free Trakt account may connect one app; connecting another revokes the first), or the client id is wrong. Log in to Trakt again; nothing more is sent until then.</source>
        <translation>Trakt はあなたのアカウントで Tsuzuki を受け付けなくなりました: アプリの接続が解除されたか取り消されました(無料の Trakt アカウントが接続できるアプリは 1 つで、別のアプリを接続すると最初のものが取り消されます)、またはクライアント ID が間違っています。Trakt にもう一度ログインしてください。それまで何も送信しません。</translation>
    </message>
    <message>
        <source>Your Trakt account has reached its limit (HTTP 420). Nothing more is sent; make room on Trakt, then sync again.</source>
        <translation>Trakt アカウントが上限に達しました(HTTP 420)。これ以上送信しません。Trakt で空きを作ってから再度同期してください。</translation>
    </message>
    <message>
        <source>Your Trakt account has reached its limit of %1 items (HTTP 420). Nothing more is sent; make room on Trakt, then sync again.</source>
        <translation>Trakt アカウントが上限の %1 件に達しました(HTTP 420)。これ以上送信しません。Trakt で空きを作ってから再度同期してください。</translation>
    </message>
    <message>
        <source>Your Trakt account has reached a free account's limit (HTTP 420). Nothing more is sent; make room on Trakt or upgrade to VIP (%1), then sync again.</source>
        <translation>Trakt アカウントが無料アカウントの上限に達しました(HTTP 420)。これ以上送信しません。Trakt で空きを作るか VIP にアップグレード(%1)してから再度同期してください。</translation>
    </message>
    <message>
        <source>Your Trakt account has reached a free account's limit of %1 items (HTTP 420). Nothing more is sent; make room on Trakt or upgrade to VIP (%2), then sync again.</source>
        <translation>Trakt アカウントが無料アカウントの上限の %1 件に達しました(HTTP 420)。これ以上送信しません。Trakt で空きを作るか VIP にアップグレード(%2)してから再度同期してください。</translation>
    </message>
    <message>
        <source>Your Trakt account is locked (HTTP 423): contact Trakt support (%1). Nothing more will be sent.</source>
        <translation>Trakt アカウントがロックされています(HTTP 423): Trakt サポート(%1)に連絡してください。これ以上何も送信しません。</translation>
    </message>
    <message>
        <source>Trakt asks for a VIP account for this (HTTP 426). Nothing more is sent; see %1.</source>
        <translation>この操作には Trakt の VIP アカウントが必要です(HTTP 426)。これ以上送信しません。%1 を参照してください。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktIdRepair</name>
    <message>
        <source>Trakt has no %1 with id %2, which the manual mapping names: correct the mapping.</source>
        <translation>手動の対応付けが示す ID %2 の%1は Trakt にありません。対応付けを修正してください。</translation>
    </message>
    <message>
        <source>movie</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>show</source>
        <translation>番組</translation>
    </message>
    <message>
        <source>Trakt has no %1 with id %2 and the search for the right one could not run.</source>
        <translation>ID %2 の%1は Trakt になく、正しいものを探す検索を実行できませんでした。</translation>
    </message>
    <message>
        <source>Trakt has no %1 with id %2, and no search by its TMDB, IMDb or TVDB id found another: add a manual mapping.</source>
        <translation>ID %2 の%1は Trakt になく、TMDB・IMDb・TVDB の ID による検索でも見つかりませんでした。手動で対応付けてください。</translation>
    </message>
    <message>
        <source>Trakt has no title with id %1 and searching for it failed: %2</source>
        <translation>Trakt に ID %1 のタイトルはなく、検索にも失敗しました: %2</translation>
    </message>
    <message>
        <source>AniList %1: Trakt id %2 does not exist on Trakt (%3); now %4 (found by %5 search).</source>
        <extracomment>%1 = AniList id, %2 = old Trakt id, %3 = why (404, not_found), %4 = new Trakt id, %5 = how it was found (tmdb, imdb, tvdb)</extracomment>
        <translation>AniList %1: Trakt ID %2 は Trakt に存在しません（%3）。新しい ID は %4 です（%5 で検索）。</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktLoginDialog</name>
    <message>
        <source>Log in to Trakt</source>
        <translation>Trakt にログイン</translation>
    </message>
    <message>
        <source>Asking Trakt for a code…</source>
        <translation>Trakt にコードを要求しています…</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>&amp;Open activation page</source>
        <translation>アクティベーションページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter this code on Trakt's activation page. The page opens in your browser; this window closes by itself once you approve.</source>
        <translation>このコードを Trakt のアクティベーションページに入力してください。ページはブラウザーで開きます。承認するとこのウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>コードの有効期限まで %1:%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in a browser and enter the code there:</source>
        <translation>Web ブラウザーを開けませんでした。このアドレスをブラウザーで開き、そこにコードを入力してください:</translation>
    </message>
    <message>
        <source>Trakt accepted the login. It still has to be saved:</source>
        <translation>Trakt はログインを受け付けました。あとは保存するだけです:</translation>
    </message>
    <message>
        <source>Saving the Trakt login…</source>
        <translation>Trakt のログインを保存中…</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TraktRefusalPresenter</name>
    <message>
        <source>Log in to Trakt…</source>
        <translation>Trakt にログイン…</translation>
    </message>
    <message>
        <source>Contact Trakt support…</source>
        <translation>Trakt サポートに連絡…</translation>
    </message>
    <message>
        <source>About Trakt VIP…</source>
        <translation>Trakt VIP について…</translation>
    </message>
    <message>
        <source>Trakt refused the sync</source>
        <translation>Trakt が同期を拒否しました</translation>
    </message>
</context>
<context>
    <name>Tsuzuki::TrayController</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Tsuzuki</source>
        <translation>Tsuzuki を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>スケジュールを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Tsuzuki</source>
        <translation>Tsuzuki</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>前回の同期に失敗しました</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>前回の実行: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Schedule paused</source>
        <translation>スケジュールは一時停止中です</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>次回の実行: %1</translation>
    </message>
    <message>
        <source>Schedule off</source>
        <translation>スケジュールはオフ</translation>
    </message>
    <message>
        <source>Next run: due now</source>
        <translation>次回の実行: まもなく</translation>
    </message>
</context>
</TS>
