<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>lifeboat::Engine</name>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>There is no catalog.</source>
        <translation>カタログがありません。</translation>
    </message>
    <message>
        <source>The session %1 belongs to another account.</source>
        <translation>セッション %1 は別のアカウントのものです。</translation>
    </message>
    <message>
        <source>No backup job protects this VM yet; create one in the Jobs tab.</source>
        <translation>この VM を保護するバックアップジョブはまだありません。[ジョブ] タブで作成してください。</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>ジョブ %1 は実行中ではありません。</translation>
    </message>
    <message>
        <source>The repository %1 is not one of your jobs&apos; repositories.</source>
        <translation>リポジトリ %1 は、あなたのジョブのリポジトリではありません。</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>%2 が復元できる復元ポイント %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>フォルダー %1 に書き込む権限がありません。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 は既に存在します。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>The smallest size is larger than the largest.</source>
        <translation>最小サイズが最大サイズより大きくなっています。</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>日付範囲の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>Add files to the restore list first.</source>
        <translation>先に復元リストにファイルを追加してください。</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>作成する .zip ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>復元先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>先にアイテムを選択してください。</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>データベースサーバーの SSH アドレスとユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>鍵ファイルを選択するか、SSH パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</source>
        <translation>サーバーのホスト鍵のフィンガープリント (SHA256:...) を、サーバー管理者が確認したものと照合したうえで入力してください。</translation>
    </message>
    <message>
        <source>A new name restores beside the original; it cannot be combined with overwriting.</source>
        <translation>新しい名前を指定すると元のものの横に復元されます。上書きとは併用できません。</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</source>
        <translation>リポジトリはオフラインで開かれています。VM の復元には vCenter が必要です。代わりにディスクを抽出するか、サーバーにサインインしてください。</translation>
    </message>
    <message>
        <source>The repository %1 is not one of yours.</source>
        <translation>リポジトリ %1 はあなたのものではありません。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>There is no restore point %1 that you may restore.</source>
        <translation>あなたが復元できる復元ポイント %1 はありません。</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>メールサーバーを変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] テストメッセージ</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat はこのメールサーバー経由でレポートを送信できます。</translation>
    </message>
    <message>
        <source>The job %1 is running; stop it before deleting it.</source>
        <translation>ジョブ %1 は実行中です。削除する前に停止してください。</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>ジョブ %1 はまだ実行されていません。</translation>
    </message>
    <message>
        <source>No VM failed in the last session of %1; nothing to retry.</source>
        <translation>%1 の前回のセッションで失敗した VM はありません。再試行するものはありません。</translation>
    </message>
    <message>
        <source>Export as csv or html.</source>
        <translation>csv または html 形式でエクスポートしてください。</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>期間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>%1 から %2 までのセッション</translation>
    </message>
    <message>
        <source>A newer sign-in or sign-out replaced this one.</source>
        <translation>より新しいサインインまたはサインアウトによって置き換えられました。</translation>
    </message>
    <message>
        <source>Offline there is no server password to keep.</source>
        <translation>オフラインでは保存するサーバーのパスワードがありません。</translation>
    </message>
    <message>
        <source>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</source>
        <translation>スケジュール実行用にパスワードを保存できませんでした: %1 パスワードを保存せずにジョブを保存し、管理者に保存を依頼してください。</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</source>
        <translation>ゲストのアドレスを入力してください: ホスト名または IP アドレス (必要に応じて :ポート)。</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>ゲストへのサインインに使うアカウントを入力してください。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its key file.</source>
        <translation>アカウントのパスワードを入力するか、鍵ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The guest&apos;s root folder must be an absolute path, such as /.</source>
        <translation>ゲストのルートフォルダーは / のような絶対パスである必要があります。</translation>
    </message>
    <message>
        <source>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</source>
        <translation>復元リストに複数の VM のファイルが含まれています。ファイルは一度に 1 つのゲストにしか戻せません。1 つの VM のファイルだけをリストに残すか、フォルダーに復元してください。</translation>
    </message>
    <message>
        <source>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</source>
        <translation>ゲスト %1 はホスト鍵 %2 を提示していますが、まだ信頼されていません。受け入れる前に、ゲストの管理者が確認したフィンガープリントと比較してください。</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>ジョブ %1、セッション %2</translation>
    </message>
    <message>
        <source>Several vApps are named %1.</source>
        <translation>%1 という名前の vApp が複数あります。</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>vApp %1 はありません。</translation>
    </message>
    <message>
        <source>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</source>
        <translation>vApp %1 の VM を保護しているバックアップジョブはまだありません。[ジョブ] タブで作成してください。</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a vApp needs a vCenter.</source>
        <translation>リポジトリはオフラインで開かれています。vApp の復元には vCenter が必要です。</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>お使いの組織には vApp %1 がありません。</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 は Cloud Director の vApp %2 の VM になりました。</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: not all of its VMs are in your scope.</source>
        <translation>vApp %1 はリストアされません。その VM の一部がお使いのスコープ外です。</translation>
    </message>
    <message>
        <source>%1 was powered on through Cloud Director.</source>
        <translation>%1 は Cloud Director 経由で電源がオンになりました。</translation>
    </message>
</context>
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>カタログを開けなかったため、エンジンは動作していません。</translation>
    </message>
    <message>
        <source>This engine runs without a catalog.</source>
        <translation>このエンジンはカタログなしで動作しています。</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>ジョブにはカタログが必要です。</translation>
    </message>
    <message>
        <source>The job %1 is running already.</source>
        <translation>ジョブ %1 は既に実行中です。</translation>
    </message>
    <message>
        <source>The endpoint of the job %1 is no longer in the catalog.</source>
        <translation>ジョブ %1 のエンドポイントはもうカタログにありません。</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>システムのキーチェーンに %2 の %1 のパスワードがありません (%3)。「lifeboat-cli endpoint login --remember-password」で保存してください。</translation>
    </message>
    <message>
        <source>Job %1 failed; retry %2 of %3 in %4 s.</source>
        <translation>ジョブ %1 が失敗しました。%4 秒後に再試行します (%2/%3 回目)。</translation>
    </message>
    <message>
        <source>The job was stopped before its retry.</source>
        <translation>再試行の前にジョブが停止されました。</translation>
    </message>
    <message>
        <source>Scheduling needs the catalog.</source>
        <translation>スケジュール実行にはカタログが必要です。</translation>
    </message>
    <message>
        <source>Job %1 could not start: %2</source>
        <translation>ジョブ %1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>Job %1 starting: %2</source>
        <translation>ジョブ %1 を開始します: %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2 (session %3).</source>
        <translation>ジョブ %1 が終了しました: %2 (セッション %3)。</translation>
    </message>
    <message>
        <source>Job %1 did not run: %2</source>
        <translation>ジョブ %1 は実行されませんでした: %2</translation>
    </message>
    <message>
        <source>Mail needs the catalog.</source>
        <translation>メールの送信にはカタログが必要です。</translation>
    </message>
    <message>
        <source>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</source>
        <translation>メールサーバーが設定されていません。「lifeboat-cli notify set」を参照してください。</translation>
    </message>
    <message>
        <source>No password for the mail account %1 in the keychain: %2</source>
        <translation>キーチェーンにメールアカウント %1 のパスワードがありません: %2</translation>
    </message>
    <message>
        <source>[Lifeboat] %1: job %2</source>
        <translation>[Lifeboat] %1: ジョブ %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>ジョブ %1 が終了しました: %2。</translation>
    </message>
    <message>
        <source>Started %1, finished %2 (UTC).</source>
        <translation>開始: %1、終了: %2 (UTC)。</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>復元ポイント %1</translation>
    </message>
    <message>
        <source>Warnings and errors:</source>
        <translation>警告とエラー:</translation>
    </message>
    <message>
        <source>Report e-mailed to %1.</source>
        <translation>レポートを %1 にメールで送信しました。</translation>
    </message>
    <message>
        <source>The report could not be e-mailed: %1</source>
        <translation>レポートをメールで送信できませんでした: %1</translation>
    </message>
    <message>
        <source>The job %1 is running already (session %2, in another process).</source>
        <translation>ジョブ %1 は既に実行中です（セッション %2、別のプロセス）。</translation>
    </message>
    <message>
        <source>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</source>
        <translation>組織 %2 のジョブ %1 は %3 上の VM をバックアップしますが、この vCenter はもう Cloud Director にリンクされていません (「lifeboat-cli vcd vcenter link」)。</translation>
    </message>
    <message>
        <source>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</source>
        <translation>組織の VM を Cloud Director から再読み込みできませんでした（%1）。実行には前回のサインイン時の VM を使用します。</translation>
    </message>
</context>
<context>
    <name>lifeboat::apps::DatabaseItems</name>
    <message>
        <source>%1 items are not available in this version.</source>
        <translation>%1 のアイテムはこのバージョンでは利用できません。</translation>
    </message>
    <message>
        <source>Unknown item kind %1; known: %2.</source>
        <translation>アイテムの種類 %1 は不明です。使用できる種類: %2。</translation>
    </message>
</context>
<context>
    <name>lifeboat::catalog::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</source>
        <translation>カタログ用のフォルダー %1 を作成できません。権限を確認するか、--catalog で別の場所を指定してください。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>カタログ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</source>
        <translation>%1 は読み取り可能な SQLite カタログではありません (%2)。ファイルは変更していません。移動するか、--catalog で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</source>
        <translation>カタログ %1 のスキーマバージョンは %2 ですが、この Lifeboat は %3 までしか扱えません。Lifeboat を更新するか、--catalog で別のカタログを指定してください。</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</source>
        <translation>アップグレード前にカタログを %1 にコピーできません。何も変更していません。</translation>
    </message>
    <message>
        <source>Cannot switch the catalog to WAL mode: %1</source>
        <translation>カタログを WAL モードに切り替えられません: %1</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>カタログが開かれていません。</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</source>
        <translation>このファイルは SQLite データベースですが、Lifeboat のカタログではありません (schema_version テーブルがありません)。--catalog で別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>カタログのスキーマバージョンを読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>schema_version テーブルを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</source>
        <translation>カタログのスキーマ %1 へのアップグレードに失敗しました (%2)。カタログはスキーマ %3 のままです。</translation>
    </message>
    <message>
        <source>Cannot save the endpoint %1 in the catalog: %2</source>
        <translation>エンドポイント %1 をカタログに保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>設定 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>設定 %1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
    <message>
        <source>Catalog:        %1</source>
        <translation>カタログ:         %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>スキーマバージョン: %1 (最新 %2)</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>ジャーナルモード: %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>サイズ:           %1 バイト</translation>
    </message>
    <message>
        <source>Endpoints:      %1</source>
        <translation>エンドポイント:   %1</translation>
    </message>
    <message>
        <source>Repositories:   %1</source>
        <translation>リポジトリ:       %1</translation>
    </message>
    <message>
        <source>Jobs:           %1</source>
        <translation>ジョブ:           %1</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>セッション:       %1</translation>
    </message>
    <message>
        <source>Lifeboat headless console: the same engine as the GUI.</source>
        <translation>Lifeboat のヘッドレスコンソール: GUI と同じエンジンを使います。</translation>
    </message>
    <message>
        <source>SQLite catalog to use (default: $%1, then the XDG data folder).</source>
        <translation>使用する SQLite カタログ (既定: $%1、なければ XDG データフォルダー)。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>機械可読な JSON を出力します。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>実行する処理。下の一覧を参照してください。</translation>
    </message>
    <message>
        <source>error: no command given</source>
        <translation>エラー: コマンドが指定されていません</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>エラー: 不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>Repository folder.</source>
        <translation>リポジトリのフォルダー。</translation>
    </message>
    <message>
        <source>Read the repository password from the first line of standard input.</source>
        <translation>リポジトリのパスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Read the repository password from a file.</source>
        <translation>リポジトリのパスワードをファイルから読み取ります。</translation>
    </message>
    <message>
        <source>Create an unencrypted repository (repo init).</source>
        <translation>暗号化しないリポジトリを作成します (repo init)。</translation>
    </message>
    <message>
        <source>Chunk size in bytes (repo init).</source>
        <translation>チャンクサイズ (バイト単位、repo init)。</translation>
    </message>
    <message>
        <source>zstd level (repo init).</source>
        <translation>zstd の圧縮レベル (repo init)。</translation>
    </message>
    <message>
        <source>VM name recorded in the restore point.</source>
        <translation>復元ポイントに記録する VM 名。</translation>
    </message>
    <message>
        <source>Disk name within the restore point.</source>
        <translation>復元ポイント内のディスク名。</translation>
    </message>
    <message>
        <source>Restore point to back up incrementally from.</source>
        <translation>増分バックアップの基にする復元ポイント。</translation>
    </message>
    <message>
        <source>File of changed areas, one &quot;offset length&quot; per line.</source>
        <translation>変更領域のファイル (1 行に「オフセット 長さ」を 1 組)。</translation>
    </message>
    <message>
        <source>Replace an existing target file.</source>
        <translation>既存の復元先ファイルを置き換えます。</translation>
    </message>
    <message>
        <source>Fraction of the data to verify, 0 to 1 (default 1).</source>
        <translation>検証するデータの割合、0～1 (既定: 1)。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>ワーカースレッド数 (既定: コアごとに 1)。</translation>
    </message>
    <message>
        <source>Prune: keep the newest N restore points per VM.</source>
        <translation>整理: VM ごとに最新の復元ポイントを N 個保持します。</translation>
    </message>
    <message>
        <source>Prune: keep one per day for N days.</source>
        <translation>整理: N 日間、1 日に 1 個保持します。</translation>
    </message>
    <message>
        <source>Prune: keep one per week for N weeks.</source>
        <translation>整理: N 週間、1 週に 1 個保持します。</translation>
    </message>
    <message>
        <source>Prune: keep one per month for N months.</source>
        <translation>整理: N か月間、1 か月に 1 個保持します。</translation>
    </message>
    <message>
        <source>Prune: keep one per year for N years.</source>
        <translation>整理: N 年間、1 年に 1 個保持します。</translation>
    </message>
    <message>
        <source>Prune: only show what would be deleted.</source>
        <translation>整理: 削除される対象を表示するだけにします。</translation>
    </message>
    <message>
        <source>Seconds to wait for a busy repository (default 0).</source>
        <translation>リポジトリが使用中の場合に待機する秒数 (既定: 0)。</translation>
    </message>
    <message>
        <source>Immutable until this date (ISO 8601).</source>
        <translation>この日時まで変更不可にします (ISO 8601)。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>パスワードファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</source>
        <translation>リポジトリのパスワードが必要です: --password-stdin、--password-file、または $LIFEBOAT_REPO_PASSWORD を使用してください (暗号化しないリポジトリを作成する場合は --no-encryption)。</translation>
    </message>
    <message>
        <source>Cannot read the changed-block file %1.</source>
        <translation>変更ブロックファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;offset length&quot; in bytes.</source>
        <translation>%1 の %2 行目: バイト単位の「オフセット 長さ」が必要です。</translation>
    </message>
    <message>
        <source>--repo PATH is required.</source>
        <translation>--repo パス を指定してください。</translation>
    </message>
    <message>
        <source>Created an unencrypted repository in %1.</source>
        <translation>暗号化されていないリポジトリを %1 に作成しました。</translation>
    </message>
    <message>
        <source>Created an encrypted repository in %1.</source>
        <translation>暗号化されたリポジトリを %1 に作成しました。</translation>
    </message>
    <message>
        <source>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</source>
        <translation>%3 個のパックファイルと %4 個の復元ポイントで、%1 個のチャンク (%2 バイト) を検査しました。</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>破損したチャンク %1</translation>
    </message>
    <message>
        <source>restore point %1, disk %2, offset %3: %4</source>
        <translation>復元ポイント %1、ディスク %2、オフセット %3: %4</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>破損は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The repository is damaged.</source>
        <translation>リポジトリが破損しています。</translation>
    </message>
    <message>
        <source>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</source>
        <translation>repo cat には「config」または「restore-point ID」を指定してください。</translation>
    </message>
    <message>
        <source>repo backup-image needs --vm NAME and an IMAGE file.</source>
        <translation>repo backup-image には --vm 名前 と イメージ ファイルを指定してください。</translation>
    </message>
    <message>
        <source>--changed-blocks needs --previous ID: changes are relative to it.</source>
        <translation>--changed-blocks には --previous ID が必要です: 変更はその復元ポイントからの差分です。</translation>
    </message>
    <message>
        <source>The previous restore point has no disk %1.</source>
        <translation>前回の復元ポイントにディスク %1 がありません。</translation>
    </message>
    <message>
        <source>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</source>
        <translation>復元ポイント %1: %2 バイトを読み取り、新規 %3 バイトを %4 秒で保存しました。</translation>
    </message>
    <message>
        <source>repo restore-image needs a restore point ID and --to FILE.</source>
        <translation>repo restore-image には復元ポイントの ID と --to ファイル を指定してください。</translation>
    </message>
    <message>
        <source>Restored disk %1 to %2 in %3 s.</source>
        <translation>ディスク %1 を %2 に %3 秒で復元しました。</translation>
    </message>
    <message>
        <source>would forget %1</source>
        <translation>破棄予定: %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>破棄済み: %1</translation>
    </message>
    <message>
        <source>kept %1: immutable</source>
        <translation>保持: %1 (変更不可)</translation>
    </message>
    <message>
        <source>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</source>
        <translation>復元ポイント %1 個を保持、パックファイル %2 個を削除、%3 個を再書き込みし、%4 バイトを解放しました。</translation>
    </message>
    <message>
        <source>repo forget needs a restore point ID.</source>
        <translation>repo forget には復元ポイントの ID を指定してください。</translation>
    </message>
    <message>
        <source>Forgot restore point %1; &apos;repo prune&apos; frees its data.</source>
        <translation>復元ポイント %1 を破棄しました。データは「repo prune」で解放されます。</translation>
    </message>
    <message>
        <source>repo immutable needs a restore point ID and --until DATE (ISO 8601).</source>
        <translation>repo immutable には復元ポイントの ID と --until 日時 (ISO 8601) を指定してください。</translation>
    </message>
    <message>
        <source>Restore point %1 is immutable until %2.</source>
        <translation>復元ポイント %1 は %2 まで変更不可です。</translation>
    </message>
    <message>
        <source>error: no repo command given</source>
        <translation>エラー: repo のコマンドが指定されていません</translation>
    </message>
    <message>
        <source>error: unknown command &apos;repo %1&apos;</source>
        <translation>エラー: 不明なコマンド「repo %1」</translation>
    </message>
    <message>
        <source>Private key for an sftp:// repository.</source>
        <translation>sftp:// リポジトリ用の秘密鍵。</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s pinned host key (SHA256:...).</source>
        <translation>SFTP サーバーの固定ホスト鍵 (SHA256:...)。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Keep the repository password in the system keychain.</source>
        <translation>リポジトリのパスワードをシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>The repository was created, but its password could not be kept in the keychain: %1</source>
        <translation>リポジトリは作成しましたが、パスワードをキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the password of %1.</source>
        <translation>キーチェーンから %1 のパスワードを削除しました。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo COMMAND --repo PATH [options] [--json]

Commands:
  init [--no-encryption] [--chunk-size BYTES] [--compression-level N]
                     create a repository (encrypted unless --no-encryption)
  info               format, sizes and counts
  list               restore points
  verify [--sample FRACTION]
                     read and check stored data; exit 1 if anything is damaged
  cat config|restore-point ID
                     print a repository object as JSON
  backup-image --vm NAME --disk NAME IMAGE [--previous ID [--changed-blocks FILE]]
                     store a disk image as a new restore point
  restore-image ID --disk NAME --to FILE [--overwrite]
                     write a disk of a restore point to a file (sparse)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     forget restore points outside the policy and delete their data
  forget ID          delete one restore point (its data goes at the next prune)
  immutable ID --until DATE
                     protect a restore point from deletion until DATE
  forget-password    remove the repository&apos;s password from the system keychain

Operations wait up to --lock-wait SECONDS for a busy repository.
The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_REPO_PASSWORD, or the
system keychain, where --remember-password puts it.
--repo sftp://user@host:port/path stores the repository over SFTP: --sftp-key FILE (or
$LIFEBOAT_SFTP_PASSWORD) logs in, --sftp-host-key SHA256:... pins the server&apos;s key.
</source>
        <translation>使い方: lifeboat-cli repo コマンド --repo パス [オプション] [--json]

コマンド:
  init [--no-encryption] [--chunk-size バイト数] [--compression-level N]
                     リポジトリを作成 (--no-encryption を指定しない限り暗号化)
  info               形式・サイズ・件数
  list               復元ポイント
  verify [--sample 割合]
                     保存データを読み取って検査。破損があれば終了コード 1
  cat config|restore-point ID
                     リポジトリのオブジェクトを JSON で出力
  backup-image --vm 名前 --disk 名前 イメージ [--previous ID [--changed-blocks ファイル]]
                     ディスクイメージを新しい復元ポイントとして保存
  restore-image ID --disk 名前 --to ファイル [--overwrite]
                     復元ポイントのディスクをファイルに書き出す (スパースファイル)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     ポリシー外の復元ポイントを破棄し、そのデータを削除
  forget ID          復元ポイントを 1 つ削除 (データは次回の整理で解放)
  immutable ID --until 日時
                     指定した日時まで復元ポイントを削除から保護
  forget-password    システムのキーチェーンからリポジトリのパスワードを削除

リポジトリが使用中の場合、--lock-wait 秒数 で指定した時間まで待機します。

パスワードは --password-stdin、--password-file ファイル、$LIFEBOAT_REPO_PASSWORD、または
--remember-password で保存したシステムのキーチェーンから取得します。
--repo sftp://user@host:port/path を指定すると、リポジトリを SFTP 経由で保存します。ログインには --sftp-key ファイル
(または $LIFEBOAT_SFTP_PASSWORD) を使い、--sftp-host-key SHA256:... でサーバーの鍵を固定します。
</translation>
    </message>
    <message>
        <source>User name: DOMAIN\user, user@domain or user.</source>
        <translation>ユーザー名: DOMAIN\user、user@domain、または user。</translation>
    </message>
    <message>
        <source>Display name of an endpoint.</source>
        <translation>エンドポイントの表示名。</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 thumbprint.</source>
        <translation>この SHA-256 サムプリントを持つサーバー証明書を信頼します。</translation>
    </message>
    <message>
        <source>This command needs the catalog.</source>
        <translation>このコマンドにはカタログが必要です。</translation>
    </message>
    <message>
        <source>endpoint add needs the endpoint&apos;s URL.</source>
        <translation>endpoint add にはエンドポイントの URL を指定してください。</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --trust THUMBPRINT.</source>
        <translation>サムプリントが正しければ、--trust サムプリント を付けてコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Added %1 (%2, API %3).</source>
        <translation>%1 を追加しました (%2、API %3)。</translation>
    </message>
    <message>
        <source>endpoint trust needs a URL and a SHA-256 thumbprint.</source>
        <translation>endpoint trust には URL と SHA-256 サムプリントを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 はカタログにありません。「lifeboat-cli endpoint add」で追加してください。</translation>
    </message>
    <message>
        <source>%1 is trusted with the certificate %2.</source>
        <translation>%1 は証明書 %2 で信頼されています。</translation>
    </message>
    <message>
        <source>certificate verified by CA</source>
        <translation>CA により検証済みの証明書</translation>
    </message>
    <message>
        <source>certificate pinned %1</source>
        <translation>固定された証明書 %1</translation>
    </message>
    <message>
        <source>endpoint login needs a URL and --user NAME.</source>
        <translation>endpoint login には URL と --user 名前 を指定してください。</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</source>
        <translation>パスワードが必要です: --password-stdin、--password-file、または $LIFEBOAT_ENDPOINT_PASSWORD を使用してください。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%1 に %2 としてサインインしました。</translation>
    </message>
    <message>
        <source>error: no endpoint command given</source>
        <translation>エラー: endpoint のコマンドが指定されていません</translation>
    </message>
    <message>
        <source>error: unknown command &apos;endpoint %1&apos;</source>
        <translation>エラー: 不明なコマンド「endpoint %1」</translation>
    </message>
    <message>
        <source>Endpoint URL or id.</source>
        <translation>エンドポイントの URL または ID。</translation>
    </message>
    <message>
        <source>VMs of a job, by moref, comma-separated.</source>
        <translation>ジョブの VM (moref をカンマ区切りで指定)。</translation>
    </message>
    <message>
        <source>Job: do not use changed-block tracking (read whole disks).</source>
        <translation>ジョブ: 変更ブロック追跡を使用しません (ディスク全体を読み取ります)。</translation>
    </message>
    <message>
        <source>Job: quiesce the guest for snapshots.</source>
        <translation>ジョブ: スナップショットの作成時にゲストを静止します。</translation>
    </message>
    <message>
        <source>Job: leave out a VM&apos;s disk (repeatable).</source>
        <translation>ジョブ: VM のディスクを除外します (複数指定可)。</translation>
    </message>
    <message>
        <source>Job description.</source>
        <translation>ジョブの説明。</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>セッションの ID。</translation>
    </message>
    <message>
        <source>Job name or id.</source>
        <translation>ジョブの名前または ID。</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>表示する最大件数。</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>%2 の %1 のパスワードがありません: $LIFEBOAT_ENDPOINT_PASSWORD を設定するか、「lifeboat-cli endpoint login --remember-password」で保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n 個のディスク</numerusform>
        </translation>
    </message>
    <message>
        <source>job create needs NAME, --endpoint, --user, --repo and --objects.</source>
        <translation>job create には NAME、--endpoint、--user、--repo、--objects を指定してください。</translation>
    </message>
    <message>
        <source>--keep-last needs a number of at least 1.</source>
        <translation>--keep-last には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>ジョブはまだ SFTP リポジトリに書き込めません。ローカルフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 は Lifeboat のリポジトリではありません: %2</translation>
    </message>
    <message>
        <source>Job %1 created (id %2).</source>
        <translation>ジョブ %1 を作成しました (ID %2)。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n 台の VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>ジョブ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>%2 のセッション %1: %3</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>ジョブ %1 はまだ実行されていません。</translation>
    </message>
    <message>
        <source>No VM failed in session %1; nothing to retry.</source>
        <translation>セッション %1 で失敗した VM はありません。再試行するものはありません。</translation>
    </message>
    <message>
        <source>Stopping; removing snapshots first...</source>
        <translation>停止しています。先にスナップショットを削除しています...</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>セッション %1</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>ジョブ %1、セッション %2</translation>
    </message>
    <message>
        <source>Result: %1. Started %2, finished %3. Read %4, stored %5.</source>
        <translation>結果: %1。開始 %2、終了 %3。読み取り %4、保存 %5。</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>session export needs ID, --format csv|html and --to FILE.</source>
        <translation>session export には ID、--format csv|html、--to FILE を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>セッション %1 を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Job: leave out a VM of its containers (repeatable).</source>
        <translation>ジョブ: コンテナー内の VM を除外します (複数指定可)。</translation>
    </message>
    <message>
        <source>Job: when it runs by itself.</source>
        <translation>ジョブ: 自動で実行するタイミングです。</translation>
    </message>
    <message>
        <source>Job: retries of failed VMs.</source>
        <translation>ジョブ: 失敗した VM の再試行回数です。</translation>
    </message>
    <message>
        <source>Job: seconds between retries.</source>
        <translation>ジョブ: 再試行の間隔 (秒) です。</translation>
    </message>
    <message>
        <source>Job: use changed-block tracking (the default).</source>
        <translation>ジョブ: 変更ブロック追跡を使用します (既定)。</translation>
    </message>
    <message>
        <source>Serve: seconds between looks at the schedule.</source>
        <translation>サービス: スケジュールを確認する間隔 (秒) です。</translation>
    </message>
    <message>
        <source>Tenant add: the account is an administrator.</source>
        <translation>テナント追加: アカウントを管理者にします。</translation>
    </message>
    <message>
        <source>Tenant add: what the account may see (repeatable).</source>
        <translation>テナント追加: アカウントが参照できる範囲です (複数指定可)。</translation>
    </message>
    <message>
        <source>Tenant add: repository quota in bytes.</source>
        <translation>テナント追加: リポジトリのクォータ (バイト) です。</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries には 0 から 10 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>--retry-wait needs a number of seconds.</source>
        <translation>--retry-wait には秒数を指定してください。</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>ジョブを自分自身の後に実行することはできません。</translation>
    </message>
    <message>
        <source>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</source>
        <translation>%1 には %3 がバックアップできる VM またはコンテナー %2 はありません。「lifeboat-cli inventory」を参照してください。</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 は %2 です。ジョブではバックアップできません。</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>ジョブ %1 を保存しました。</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>ジョブ %1 を有効にしました。</translation>
    </message>
    <message>
        <source>Job %1 disabled: the scheduler leaves it alone.</source>
        <translation>ジョブ %1 を無効にしました。スケジューラはこのジョブを実行しません。</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>ジョブ %1 は実行中ではありません。</translation>
    </message>
    <message>
        <source>Stop requested; the run removes its snapshot and ends within seconds.</source>
        <translation>停止を要求しました。実行はスナップショットを削除し、数秒以内に終了します。</translation>
    </message>
    <message>
        <source>--tick needs a number of seconds.</source>
        <translation>--tick には秒数を指定してください。</translation>
    </message>
    <message>
        <source>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</source>
        <translation>Lifeboat はスケジュールされたジョブを実行しています。Ctrl-C または SIGTERM で停止します。</translation>
    </message>
    <message>
        <source>Stopping: running jobs remove their snapshots first.</source>
        <translation>停止しています。実行中のジョブは先にスナップショットを削除します。</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>ボトルネック: %1</translation>
    </message>
    <message>
        <source>tenant add needs the ACCOUNT, as the endpoint signs it in.</source>
        <translation>tenant add には、エンドポイントがサインインに使う形式で ACCOUNT を指定してください。</translation>
    </message>
    <message>
        <source>--quota needs a number of bytes.</source>
        <translation>--quota にはバイト数を指定してください。</translation>
    </message>
    <message>
        <source>--scope needs --endpoint URL: morefs belong to one endpoint.</source>
        <translation>--scope には --endpoint URL が必要です: MoRef は 1 つのエンドポイントに属します。</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</source>
        <translation>まず管理者アカウントを追加してください (tenant add ACCOUNT --admin)。アカウントが 1 つでも存在すると、登録されていないアカウントは拒否されます。</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 は管理者です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a tenant with %n scope(s).</source>
        <translation>
            <numerusform>%1 はスコープを %n 個持つテナントです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job: the guest account for guest processing.</source>
        <translation>ジョブ: ゲスト処理に使うゲストのアカウントです。</translation>
    </message>
    <message>
        <source>Job: private key of the guest account.</source>
        <translation>ジョブ: ゲストのアカウントの秘密鍵です。</translation>
    </message>
    <message>
        <source>Job: command run in the guest before the snapshot.</source>
        <translation>ジョブ: スナップショットの前にゲストで実行するコマンドです。</translation>
    </message>
    <message>
        <source>Job: command run in the guest after the snapshot.</source>
        <translation>ジョブ: スナップショットの後にゲストで実行するコマンドです。</translation>
    </message>
    <message>
        <source>Job: SSH address of a VM&apos;s guest (repeatable).</source>
        <translation>ジョブ: VM のゲストの SSH アドレスです (複数指定可)。</translation>
    </message>
    <message>
        <source>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</source>
        <translation>ジョブ: VM のゲストの固定 SSH ホスト鍵です (複数指定可)。</translation>
    </message>
    <message>
        <source>Job: a failing pre-freeze script fails the VM or is ignored.</source>
        <translation>ジョブ: pre-freeze スクリプトが失敗したときに VM を失敗とするか、無視するかです。</translation>
    </message>
    <message>
        <source>Job: turn guest processing off.</source>
        <translation>ジョブ: ゲスト処理をオフにします。</translation>
    </message>
    <message>
        <source>--guest-errors takes fail or ignore.</source>
        <translation>--guest-errors には fail または ignore を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes MOREF=VALUE.</source>
        <translation>--%1 には MOREF=VALUE を指定してください。</translation>
    </message>
    <message>
        <source>Guest processing needs --guest-user NAME.</source>
        <translation>ゲスト処理には --guest-user NAME が必要です。</translation>
    </message>
    <message>
        <source>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore-point コマンドには --endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>restore-point download needs the ID, --disk NAME and --to FILE.</source>
        <translation>restore-point download には ID、--disk NAME、--to FILE が必要です。</translation>
    </message>
    <message>
        <source>Unknown restore-point command %1.</source>
        <translation>不明な restore-point コマンドです: %1</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>%2 が復元できる復元ポイント %1 はありません。</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>%1 に復元しました。</translation>
    </message>
    <message>
        <source>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</source>
        <translation>宛先: 復元先またはエクスポート先のファイル、あるいはテストメッセージの送信先アドレス。</translation>
    </message>
    <message>
        <source>Job: e-mail the run&apos;s report here (repeatable).</source>
        <translation>ジョブ: 実行のレポートをこのアドレスにメールで送信します (複数指定可)。</translation>
    </message>
    <message>
        <source>Job: which runs are reported.</source>
        <translation>ジョブ: レポートを送信する実行の種類です。</translation>
    </message>
    <message>
        <source>Notify set: the mail server.</source>
        <translation>通知の設定: メールサーバーです。</translation>
    </message>
    <message>
        <source>Notify set: its port (default 587).</source>
        <translation>通知の設定: メールサーバーのポートです (既定は 587)。</translation>
    </message>
    <message>
        <source>Notify set: none, starttls or tls.</source>
        <translation>通知の設定: none、starttls、tls のいずれかです。</translation>
    </message>
    <message>
        <source>Notify set: the sender address.</source>
        <translation>通知の設定: 送信者のアドレスです。</translation>
    </message>
    <message>
        <source>Notify set: the mail account.</source>
        <translation>通知の設定: メールアカウントです。</translation>
    </message>
    <message>
        <source>Inventory: the last one read, without connecting.</source>
        <translation>インベントリ: 最後に読み取ったものを接続せずに表示します。</translation>
    </message>
    <message>
        <source>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</source>
        <translation>このコンピューターにはアカウントが設定されています。インベントリを表示するには --user NAME でサインインしてください。</translation>
    </message>
    <message>
        <source>inventory needs --endpoint URL and --user NAME (or --cached).</source>
        <translation>inventory には --endpoint URL と --user NAME (または --cached) を指定してください。</translation>
    </message>
    <message>
        <source>--notify-on takes failure, warning or always.</source>
        <translation>--notify-on には failure、warning、always のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Mail server %1 saved.</source>
        <translation>メールサーバー %1 を保存しました。</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] テストメッセージ</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat はこのメールサーバー経由でレポートを送信できます。</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>テストメッセージを送信しました。</translation>
    </message>
    <message>
        <source>notify takes set, show or test.</source>
        <translation>notify には set、show、test のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</source>
        <translation>--scope には KIND:MOREF (KIND は folder、resource-pool、vapp、vm のいずれか) または tag:NAME を指定してください。</translation>
    </message>
    <message>
        <source>Job: index the guest files of each restore point for search.</source>
        <translation>ジョブ: 検索用に各復元ポイントのゲストファイルをインデックス化します。</translation>
    </message>
    <message>
        <source>Job: turn guest file indexing off.</source>
        <translation>ジョブ: ゲストファイルのインデックス作成をオフにします。</translation>
    </message>
    <message>
        <source>Export format: csv or html (sessions), csv or json (audit).</source>
        <translation>エクスポート形式: csv または html (セッション)、csv または json (監査ログ)。</translation>
    </message>
    <message>
        <source>Restore: keep (beside the original) or overwrite.</source>
        <translation>復元: keep (元の VM と並べて復元) または overwrite。</translation>
    </message>
    <message>
        <source>Restore: power the VM on afterwards.</source>
        <translation>復元: 復元後に VM をパワーオンします。</translation>
    </message>
    <message>
        <source>Restore: name of the VM made by keep.</source>
        <translation>復元: keep で作成する VM の名前です。</translation>
    </message>
    <message>
        <source>Files: the guest volume, DISK:PARTITION.</source>
        <translation>ファイル: ゲストのボリューム (DISK:PARTITION) です。</translation>
    </message>
    <message>
        <source>Files search: only below this guest folder.</source>
        <translation>ファイル検索: ゲストのこのフォルダー配下のみを検索します。</translation>
    </message>
    <message>
        <source>Files search: at least this many bytes.</source>
        <translation>ファイル検索: 最小サイズ (バイト) です。</translation>
    </message>
    <message>
        <source>Files search: at most this many bytes.</source>
        <translation>ファイル検索: 最大サイズ (バイト) です。</translation>
    </message>
    <message>
        <source>Files search: modified at or after this date.</source>
        <translation>ファイル検索: この日時以降に変更されたものを検索します。</translation>
    </message>
    <message>
        <source>Files search: modified at or before this date.</source>
        <translation>ファイル検索: この日時以前に変更されたものを検索します。</translation>
    </message>
    <message>
        <source>Files search: only in this restore point.</source>
        <translation>ファイル検索: この復元ポイントのみを検索します。</translation>
    </message>
    <message>
        <source>Files index: every restore point.</source>
        <translation>ファイルインデックス: すべての復元ポイントが対象です。</translation>
    </message>
    <message>
        <source>Restore files: into this running guest over SSH.</source>
        <translation>ファイルの復元: SSH 経由で、この実行中のゲストに復元します。</translation>
    </message>
    <message>
        <source>Restore files: the folder that is the guest&apos;s / (default /).</source>
        <translation>ファイルの復元: ゲストの / に当たるフォルダーです (既定は /)。</translation>
    </message>
    <message>
        <source>Audit export: restores since this date.</source>
        <translation>監査ログのエクスポート: この日時以降の復元が対象です。</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3</source>
        <translation>セッション %1 (%2): %3</translation>
    </message>
    <message>
        <source>There is no restore point of %1 that you may restore.</source>
        <translation>復元を許可されている %1 の復元ポイントはありません。</translation>
    </message>
    <message>
        <source>restore vm needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vm には --endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>restore vm needs a restore point ID or --vm NAME (its newest one).</source>
        <translation>restore vm には復元ポイントの ID または --vm NAME (その最新の復元ポイント) が必要です。</translation>
    </message>
    <message>
        <source>--mode is keep or overwrite.</source>
        <translation>--mode には keep または overwrite を指定してください。</translation>
    </message>
    <message>
        <source>Stopping the restore...</source>
        <translation>復元を停止しています...</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>復元中: %1%</translation>
    </message>
    <message>
        <source>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files ls には復元ポイントの ID、--endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files index には復元ポイントの ID または --all、--endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 new or changed</source>
        <translation>%1 (%2): %3 件のエントリ、うち %4 件が新規または変更</translation>
    </message>
    <message>
        <source>--%1 needs a number of bytes.</source>
        <translation>--%1 にはバイト数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--%1 には ISO 8601 形式の日付または日時を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message>
        <source>files search needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files search には --endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>restore files needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore files には --endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>audit export writes csv or json.</source>
        <translation>audit export の出力形式は csv または json です。</translation>
    </message>
    <message>
        <source>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--since には ISO 8601 形式の日付または日時を指定してください (例: 2026-11-01)。</translation>
    </message>
    <message>
        <source>Job: dump these databases into each restore point.</source>
        <translation>ジョブ: これらのデータベースのダンプを各復元ポイントに含めます。</translation>
    </message>
    <message>
        <source>Job: environment of the database commands in the guest.</source>
        <translation>ジョブ: ゲストで実行するデータベースコマンドの環境変数です。</translation>
    </message>
    <message>
        <source>Restore item: under this database name.</source>
        <translation>アイテムの復元: このデータベース名で復元します。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli COMMAND [options] [--json]

Commands:
  inventory --endpoint URL --user NAME | --cached
                     the VMs of an endpoint, with their disks (the catalog keeps the last one read)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     a backup job (the VMs are checked against the endpoint&apos;s inventory)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      stop a run, also one another process is doing
  serve [--tick SECONDS]
                     run scheduled jobs until stopped (SIGTERM/Ctrl-C); missed runs are recorded
  job list           the jobs
  job show NAME      one job&apos;s definition
  job run NAME       run a job now and wait for it (Ctrl-C stops it gracefully)
  job retry NAME [--session ID]
                     run the job again for the VMs that failed in its last (or the given) session
  job delete NAME    delete a job (its sessions and restore points stay)
  session list [--job NAME] [--limit N]
  session show ID    a session&apos;s VMs and log
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     let an account use Lifeboat: an administrator sees everything, a tenant only
                     the VMs in its scope (KIND: folder, resource-pool, vapp, vm, tag). Until the first
                     account is added, whoever the endpoint signs in is an administrator.
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     the mail server for job reports (jobs: --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     the restore points the signed-in account may see, and a disk of one as a file

Guest processing runs the pre-freeze script over SSH before the snapshot and the post-thaw script right
after it; the guest&apos;s password (without --guest-key) comes from $LIFEBOAT_GUEST_PASSWORD or the keychain.
Passwords: the endpoint&apos;s from $LIFEBOAT_ENDPOINT_PASSWORD or the keychain (see endpoint login
--remember-password); the repository&apos;s from --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD or
the keychain (see repo --remember-password).
</source>
        <translation>使い方: lifeboat-cli コマンド [オプション] [--json]

コマンド:
  inventory --endpoint URL --user NAME | --cached
                     エンドポイントの VM とそのディスク (最後に読み取ったものはカタログに保持される)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     バックアップジョブを作成 (VM はエンドポイントのインベントリと照合)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      実行を停止 (別のプロセスが行っている実行も停止可能)
  serve [--tick SECONDS]
                     停止されるまで (SIGTERM/Ctrl-C) スケジュールされたジョブを実行。実行されなかったスケジュールは記録される
  job list           ジョブの一覧
  job show NAME      ジョブの定義
  job run NAME       ジョブを今すぐ実行して完了を待つ (Ctrl-C で安全に停止)
  job retry NAME [--session ID]
                     前回 (または指定した) セッションで失敗した VM についてジョブを再実行
  job delete NAME    ジョブを削除 (セッションと復元ポイントは残る)
  session list [--job NAME] [--limit N]
  session show ID    セッションの VM とログ
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     アカウントに Lifeboat の利用を許可。管理者はすべてを、テナントは自分の
                     スコープ内の VM だけを参照できる (KIND: folder、resource-pool、vapp、vm、tag)。最初の
                     アカウントを追加するまでは、エンドポイントにサインインできる人は全員が管理者になる。
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     ジョブのレポートを送るメールサーバー (ジョブ: --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     サインインしたアカウントが参照できる復元ポイントと、その 1 つのディスクをファイルとして

ゲスト処理では、スナップショットの前に SSH 経由で pre-freeze スクリプトを実行し、その直後に post-thaw スクリプトを
実行します。ゲストのパスワード (--guest-key を使わない場合) は $LIFEBOAT_GUEST_PASSWORD またはキーチェーンから取得します。
パスワード: エンドポイントのものは $LIFEBOAT_ENDPOINT_PASSWORD またはキーチェーン (endpoint login
--remember-password を参照) から、リポジトリのものは --password-stdin、--password-file、$LIFEBOAT_REPO_PASSWORD、または
キーチェーン (repo --remember-password を参照) から取得します。
</translation>
    </message>
    <message>
        <source>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>--item-env には、スペースで区切った NAME=value 形式の代入を、引用符やシェル構文を使わずに指定してください。</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: add --guest-user NAME.</source>
        <translation>データベースアイテムはゲスト処理で読み取ります: --guest-user NAME を追加してください。</translation>
    </message>
    <message>
        <source>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>items list には復元ポイントの ID、--endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</source>
        <translation>ゲストへの復元には --guest HOST[:PORT]、--guest-user NAME、および --guest-key FILE または $LIFEBOAT_GUEST_PASSWORD が必要です。</translation>
    </message>
    <message>
        <source>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</source>
        <translation>restore item には復元ポイントの ID、アイテム、および --guest HOST または --to FILE が必要です。</translation>
    </message>
    <message>
        <source>restore item needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore item には --endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>Restore files: into this new .zip file.</source>
        <translation>ファイルの復元: この新しい .zip ファイルに復元します。</translation>
    </message>
    <message>
        <source>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</source>
        <translation>restore files には復元ポイントの ID、ゲストのパス、および --to FOLDER、--zip FILE、--guest HOST のいずれかが必要です。</translation>
    </message>
    <message>
        <source>Restore VM: into this folder (moref).</source>
        <translation>VM の復元: このフォルダーに復元します (moref)。</translation>
    </message>
    <message>
        <source>Restore VM: into this resource pool or vApp (moref).</source>
        <translation>VM の復元: このリソースプールまたは vApp に復元します (moref)。</translation>
    </message>
    <message>
        <source>Restore VM: onto this datastore.</source>
        <translation>VM の復元: このデータストアに復元します。</translation>
    </message>
    <message>
        <source>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vapp には vApp (名前または moref)、--endpoint URL、--user NAME、--repo PATH が必要です。</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1</source>
        <translation>復元ポイントがないため復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Restore VM: onto this host (moref).</source>
        <translation>VM の復元: このホストに復元します (moref)。</translation>
    </message>
    <message>
        <source>Restore commands (sign in with --endpoint URL --user NAME; --repo PATH):
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep: a new VM &lt;name&gt;_restored beside the original; overwrite: the VM&apos;s disks,
      CPUs and memory are replaced (it is powered off first)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:
      a new location (administrators)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      every member VM from its newest restore point
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      guest files, symlinks or folders into a local folder, with modes and times
  restore files ID PATH... --zip FILE   the same into a new .zip file
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      back to their place in the running guest over SFTP; keep puts a copy named
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; beside what exists (password: $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      the volumes of a restore point, or a folder of one
  files index ID|--all      add restore points to the guest file index
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME is a substring, or a glob with * ? [...]
  items list ID           the database items of a restore point
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      into the database server over SSH: keep creates &lt;database&gt;_restored (or
      --new-database), overwrite replaces the database; or the dump into a file
  audit export [--format csv|json] [--since DATE] [--to FILE]
</source>
        <translation>復元コマンド (--endpoint URL --user NAME でサインイン、--repo PATH を指定):
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep: 元の VM と並べて新しい VM &lt;name&gt;_restored を作成。overwrite: VM のディスク、
      CPU、メモリを置き換える (先に VM をパワーオフ)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:
      新しい場所に復元 (管理者のみ)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      各メンバー VM をそれぞれの最新の復元ポイントから復元
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      ゲストのファイル、シンボリックリンク、フォルダーを、権限と日時を保ったままローカルフォルダーに復元
  restore files ID PATH... --zip FILE   同じものを新しい .zip ファイルに復元
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      SFTP 経由で、実行中のゲストの元の場所に復元。keep では既存の項目と並べて
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; という名前のコピーを作成 (パスワード: $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      復元ポイントのボリューム、またはその中のフォルダー
  files index ID|--all      復元ポイントをゲストファイルのインデックスに追加
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME は部分文字列、または * ? [...] を使った glob パターン
  items list ID           復元ポイントのデータベースアイテム
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      SSH 経由でデータベースサーバーに復元。keep では &lt;database&gt;_restored (または
      --new-database) を作成、overwrite ではデータベースを置き換える。またはダンプをファイルに保存
  audit export [--format csv|json] [--since DATE] [--to FILE]
</translation>
    </message>
    <message>
        <source>--new-database restores beside the original; it cannot be combined with --mode overwrite.</source>
        <translation>--new-database は元のデータベースと並べて復元するため、--mode overwrite と組み合わせることはできません。</translation>
    </message>
    <message>
        <source>Several VMs are named %1; give the restore point ID instead (restore-point list).</source>
        <translation>%1 という名前の VM が複数あります。代わりに復元ポイントの ID を指定してください (restore-point list)。</translation>
    </message>
    <message>
        <source>kiosk hash-password needs the password on --password-stdin.</source>
        <translation>kiosk hash-password には --password-stdin でパスワードを渡してください。</translation>
    </message>
    <message>
        <source>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</source>
        <translation>PDF レポートはコンソールからエクスポートします ([ジョブ] タブ、[セッションのエクスポート…])。lifeboat-cli が書き出すのは csv または html です。</translation>
    </message>
    <message>
        <source>Cloud Director address.</source>
        <translation>Cloud Director のアドレス。</translation>
    </message>
    <message>
        <source>Records per query page, 1 to 128 (default 128).</source>
        <translation>クエリの 1 ページあたりのレコード数、1～128 (既定 128)。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 128.</source>
        <translation>--page-size は 1～128 の数値である必要があります。</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</source>
        <translation>パスワードが必要です: --password-stdin、--password-file、または $LIFEBOAT_VCD_PASSWORD を使用してください。</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</source>
        <translation>拇印が正しければ、--thumbprint 拇印 を付けてコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2@%3 (API %4).</source>
        <translation>%1 に %2@%3 としてサインインしました (API %4)。</translation>
    </message>
    <message>
        <source>VDC %1 (organization %2)</source>
        <translation>VDC %1 (組織 %2)</translation>
    </message>
    <message>
        <source>vApp %1 (%2)</source>
        <translation>vApp %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1  %2  %3 on %4</source>
        <translation>VM %1  %2  %3 (%4 上)</translation>
    </message>
    <message>
        <source>(no moref)</source>
        <translation>(moref なし)</translation>
    </message>
    <message>
        <source>(unknown vCenter)</source>
        <translation>(不明な vCenter)</translation>
    </message>
    <message>
        <source>error: no vcd command given</source>
        <translation>エラー: vcd コマンドが指定されていません</translation>
    </message>
    <message>
        <source>error: unknown command &apos;vcd %1&apos;</source>
        <translation>エラー: 不明なコマンド &apos;vcd %1&apos;</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

Commands:
  version          print the version
  catalog info     show the catalog&apos;s location, schema and contents
  catalog migrate  open the catalog and upgrade its schema if needed
  repo ...         work with a repository (lifeboat-cli repo --help)
  endpoint ...     vCenter and ESXi endpoints (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director: a tenant&apos;s VDCs, vApps and VMs
  vcd org|vcenter  Cloud Director organizations and the vCenters behind them
  inventory, job ..., session ..., tenant ...
                   VMs, backup jobs and their sessions (lifeboat-cli job --help)
  restore ..., audit export
                   restore VMs; the restore audit (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   the administrator password record for a kiosk policy file
</source>
        <translation>使い方: lifeboat-cli [--catalog パス] [--json] コマンド

コマンド:
  version          バージョンを表示
  catalog info     カタログの場所・スキーマ・内容を表示
  catalog migrate  カタログを開き、必要ならスキーマをアップグレード
  repo ...         リポジトリを操作 (lifeboat-cli repo --help)
  endpoint ...     vCenter と ESXi のエンドポイント (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director: テナントの VDC、vApp、VM
  vcd org|vcenter  Cloud Director の組織とその背後の vCenter
  inventory, job ..., session ..., tenant ...
                   VM・バックアップジョブとそのセッション (lifeboat-cli job --help)
  restore ..., audit export
                   VM の復元、復元の監査ログ (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   キオスクポリシーファイル用の管理者パスワードレコード
</translation>
    </message>
    <message>
        <source>Endpoint add: vsphere (the default) or vcd (Cloud Director).</source>
        <translation>エンドポイント追加: vsphere (既定) または vcd (Cloud Director) です。</translation>
    </message>
    <message>
        <source>Organization: the job JSON new jobs start from.</source>
        <translation>組織: 新しいジョブの元になるジョブの JSON です。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli endpoint COMMAND [options] [--json]

Commands:
  add URL [--name NAME] [--trust THUMBPRINT] [--kind vsphere|vcd]
                     check a vCenter or ESXi endpoint (or with --kind vcd a Cloud Director) and add
                     it to the catalog; a certificate this computer does not trust is refused and
                     its SHA-256 thumbprint shown
  trust URL THUMBPRINT
                     trust the endpoint&apos;s certificate with this thumbprint
  list               the endpoints in the catalog
  login URL --user NAME [--remember-password]
                     sign in and out again, to check the account

The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_ENDPOINT_PASSWORD, or the
system keychain, where --remember-password puts it.
</source>
        <translation>使い方: lifeboat-cli endpoint コマンド [オプション] [--json]

コマンド:
  add URL [--name 名前] [--trust サムプリント] [--kind vsphere|vcd]
                     vCenter または ESXi のエンドポイント (--kind vcd の場合は Cloud Director) を確認して
                     カタログに追加。このコンピューターが信頼していない証明書は拒否し、その SHA-256
                     サムプリントを表示
  trust URL サムプリント
                     このサムプリントを持つエンドポイントの証明書を信頼
  list               カタログ内のエンドポイント
  login URL --user 名前 [--remember-password]
                     サインインしてすぐにサインアウトし、アカウントを確認

パスワードは --password-stdin、--password-file ファイル、$LIFEBOAT_ENDPOINT_PASSWORD、または
--remember-password で保存したシステムのキーチェーンから取得します。
</translation>
    </message>
    <message>
        <source>Added the Cloud Director %1 (API %2).</source>
        <translation>Cloud Director %1 を追加しました (API %2)。</translation>
    </message>
    <message>
        <source>--kind is vsphere or vcd.</source>
        <translation>--kind には vsphere または vcd を指定してください。</translation>
    </message>
    <message>
        <source>The organization %1 has no VMs in Cloud Director yet.</source>
        <translation>組織 %1 には Cloud Director 上の VM がまだありません。</translation>
    </message>
    <message>
        <source>Give the job&apos;s repository with --repo PATH.</source>
        <translation>ジョブのリポジトリを --repo PATH で指定してください。</translation>
    </message>
    <message>
        <source>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</source>
        <translation>%1 は vCenter のエンドポイントです。ここでは --endpoint に Cloud Director を指定します。</translation>
    </message>
    <message>
        <source>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org set には組織の名前と --endpoint VCD_URL が必要です。</translation>
    </message>
    <message>
        <source>System is the provider&apos;s organization, not a tenant.</source>
        <translation>System はプロバイダーの組織であり、テナントではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</source>
        <translation>まず管理者アカウントを追加してください (tenant add ACCOUNT --admin)。アカウントまたは組織を設定すると、それ以外のユーザーはサインインできなくなります。</translation>
    </message>
    <message>
        <source>The organization %1 uses Lifeboat as %2.</source>
        <translation>組織 %1 は %2 として Lifeboat を使用します。</translation>
    </message>
    <message>
        <source>(repository chosen per job)</source>
        <translation>(リポジトリはジョブごとに選択)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in scope</source>
        <translation>
            <numerusform>スコープ内の VM: %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org remove には組織の名前と --endpoint VCD_URL が必要です。</translation>
    </message>
    <message>
        <source>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</source>
        <translation>vcd vcenter link には Cloud Director での vCenter の名前、--endpoint VCD_URL、--to VCENTER_URL、--user ACCOUNT が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a vCenter endpoint.</source>
        <translation>%1 は vCenter のエンドポイントではありません。</translation>
    </message>
    <message>
        <source>VMs on %1 are backed up through %2 as %3.</source>
        <translation>%1 上の VM は %2 経由で %3 としてバックアップされます。</translation>
    </message>
    <message>
        <source>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd vcenter unlink には vCenter の名前と --endpoint VCD_URL が必要です。</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>組織に vApp %1 はありません。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli vcd COMMAND [options] [--json]

Commands:
  inventory --url URL --user USER@ORG [--thumbprint SHA256] [--page-size N]
                     sign in to VMware Cloud Director as an organization user (or as the provider,
                     USER@System) and list the org VDCs, vApps and VMs the account may see, with each
                     VM&apos;s power state, vCenter and moref
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     power a VM or a whole vApp through Cloud Director and wait for its task; VM and
                     VAPP are names (as inventory lists them) or hrefs. Asking for the state it is
                     already in succeeds without a change; shutdown needs VMware Tools in the guest
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     make a vCenter VM (e.g. one a restore created) a VM of an existing vApp (provider
                     only); the vCenter defaults to the one the vApp&apos;s VMs live on

The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_VCD_PASSWORD, or the system
keychain. A certificate this computer does not trust is refused and its SHA-256 thumbprint shown.
</source>
        <translation>使い方: lifeboat-cli vcd コマンド [オプション] [--json]

コマンド:
  inventory --url URL --user ユーザー@組織 [--thumbprint SHA256] [--page-size N]
                     組織のユーザー (またはプロバイダー、ユーザー@System) として VMware Cloud Director に
                     サインインし、アカウントが参照できる組織 VDC、vApp、VM を各 VM の電源状態、
                     vCenter、moref とともに一覧表示します
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     Cloud Director 経由で VM または vApp 全体の電源を操作し、そのタスクの完了を待ちます。
                     VM と VAPP には名前 (inventory の一覧の表記) または href を指定します。既にその状態であれば
                     何も変更せずに成功します。shutdown にはゲストの VMware Tools が必要です
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     vCenter の VM (復元で作成したものなど) を既存の vApp の VM にします (プロバイダーのみ)。
                     vCenter の既定値は、その vApp の VM が置かれている vCenter です

パスワードは --password-stdin、--password-file ファイル、$LIFEBOAT_VCD_PASSWORD、またはシステムの
キーチェーンから取得します。このコンピューターが信頼しない証明書は拒否され、その SHA-256 拇印が表示されます。
</translation>
    </message>
    <message>
        <source>A Cloud Director vApp, by name or href.</source>
        <translation>Cloud Director の vApp (名前または href)。</translation>
    </message>
    <message>
        <source>A vCenter VM&apos;s managed object id, e.g. vm-42.</source>
        <translation>vCenter の VM の管理対象オブジェクト ID (例: vm-42)。</translation>
    </message>
    <message>
        <source>The vCenter as Cloud Director names it (its vimServer href).</source>
        <translation>Cloud Director での vCenter の指定 (vimServer の href)。</translation>
    </message>
    <message>
        <source>%1 needs --url URL and --user USER@ORG.</source>
        <translation>%1 には --url URL と --user USER@ORG が必要です。</translation>
    </message>
    <message>
        <source>%1@%2 sees no VM named %3.</source>
        <translation>%1@%2 からは %3 という名前の VM が見えません。</translation>
    </message>
    <message>
        <source>%1@%2 sees no vApp named %3.</source>
        <translation>%1@%2 からは %3 という名前の vApp が見えません。</translation>
    </message>
    <message>
        <source>Several are named %1; give one of these hrefs instead: %2</source>
        <translation>%1 という名前のものが複数あります。代わりに次の href のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>vcd power needs on, off, shutdown or reset.</source>
        <translation>vcd power には on、off、shutdown、reset のいずれかが必要です。</translation>
    </message>
    <message>
        <source>vcd power needs either --vm VM or --vapp VAPP.</source>
        <translation>vcd power には --vm VM または --vapp VAPP のどちらか一方が必要です。</translation>
    </message>
    <message>
        <source>%1 already was in that state; nothing to do.</source>
        <translation>%1 は既にその状態でした。何も変更していません。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了しました: %1。</translation>
    </message>
    <message>
        <source>vcd import needs --moref MOREF and --vapp VAPP.</source>
        <translation>vcd import には --moref MOREF と --vapp VAPP が必要です。</translation>
    </message>
    <message>
        <source>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</source>
        <translation>vApp %1 には vCenter を判別できる VM がありません。--vcenter HREF を指定してください。</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 を %2 としてインポートしました (%3)。</translation>
    </message>
    <message>
        <source>vcd provider set needs --endpoint VCD_URL and --user USER@System.</source>
        <translation>vcd provider set には --endpoint VCD_URL と --user USER@System が必要です。</translation>
    </message>
    <message>
        <source>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</source>
        <translation>%1 は組織のアカウントです。プロバイダーのアカウントは USER@System です。</translation>
    </message>
    <message>
        <source>Lifeboat imports restored VMs into Cloud Director as %1.</source>
        <translation>Lifeboat はリストアした VM を %1 として Cloud Director に取り込みます。</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 は Cloud Director の vApp %2 の VM になりました。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</source>
        <translation>組織: ジョブを開始できる時間（any、none、または HH:MM-HH:MM）。</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli vcd org|vcenter|provider COMMAND [options] [--json]

Commands (the provider&apos;s administrator):
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     let the Cloud Director organization ORG use Lifeboat: its users sign in as
                     user@ORG and see only their organization&apos;s vApps and VMs; the job template is
                     a job&apos;s JSON (as &apos;job show --json&apos; prints it) new jobs of ORG start from; the
                     schedule policy limits when its jobs may start (none: only when started)
  org list           the organizations set up
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     back up the VMs Cloud Director places on its vCenter NAME through the Lifeboat
                     endpoint VCENTER_URL, signed in as ACCOUNT (remember its password with
                     &apos;lifeboat-cli endpoint login --remember-password&apos;)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     the provider&apos;s Cloud Director account (password as for &apos;endpoint login&apos;, kept in
                     the system keychain), which takes VMs a restore created into their vApp

Add the Cloud Director itself first with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.

An organization&apos;s users give the Cloud Director as --endpoint and USER@ORG as --user to the inventory,
job create, restore-point, restore and files commands. Its jobs back up through the linked vCenter;
--objects may name its vApps, and --repo defaults to the organization&apos;s repository.
</source>
        <translation>使い方: lifeboat-cli vcd org|vcenter|provider コマンド [オプション] [--json]

コマンド (プロバイダーの管理者用):
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     Cloud Director の組織 ORG が Lifeboat を使えるようにします。組織のユーザーは user@ORG として
                     サインインし、自分の組織の vApp と VM だけを参照できます。ジョブテンプレートは、ORG の
                     新しいジョブの元になるジョブの JSON (「job show --json」の出力形式) です
                     スケジュールポリシーはジョブを開始できる時間を制限します（none: 手動のみ）
  org list           設定済みの組織
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     Cloud Director が自身の vCenter NAME に配置する VM を、Lifeboat のエンドポイント
                     VCENTER_URL を通じて ACCOUNT としてサインインしてバックアップします (パスワードは
                     「lifeboat-cli endpoint login --remember-password」で保存します)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     プロバイダーの Cloud Director アカウント（パスワードは &apos;endpoint login&apos; と同様、
                     システムのキーチェーンに保存）。リストアで作成された VM をその vApp に取り込みます

先に「lifeboat-cli endpoint add URL --kind vcd」で Cloud Director 自体を追加してください。

組織のユーザーは、inventory、job create、restore-point、restore、files の各コマンドで、--endpoint に Cloud Director を、
--user に USER@ORG を指定します。組織のジョブはリンクされた vCenter を通じてバックアップします。
--objects には組織の vApp を指定でき、--repo の既定値は組織のリポジトリです。
</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleJobs</name>
    <message>
        <source>Keep at least one restore point.</source>
        <translation>復元ポイントを少なくとも 1 つ保持してください。</translation>
    </message>
    <message>
        <source>Retries go from 0 to 10.</source>
        <translation>再試行回数は 0 から 10 までです。</translation>
    </message>
    <message>
        <source>The wait between retries cannot be negative.</source>
        <translation>再試行の間隔に負の値は指定できません。</translation>
    </message>
    <message>
        <source>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>データベースの環境変数は、スペースで区切った NAME=value 形式の代入で指定してください。引用符やシェルの構文は使えません。</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: give a guest user.</source>
        <translation>データベースアイテムはゲスト処理で読み取ります。ゲストユーザーを指定してください。</translation>
    </message>
    <message>
        <source>Guest processing needs a guest user.</source>
        <translation>ゲスト処理にはゲストユーザーが必要です。</translation>
    </message>
    <message>
        <source>Reports go out on failure, warning or always.</source>
        <translation>レポートの送信条件は、失敗時、警告時、常時のいずれかです。</translation>
    </message>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>スケジュールには時刻を少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The schedule has a time that is not valid.</source>
        <translation>スケジュールに無効な時刻が含まれています。</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>曜日は 1 (月曜日) から 7 (日曜日) までです。</translation>
    </message>
    <message>
        <source>The day of the month goes from 1 to 31.</source>
        <translation>日付は 1 から 31 までです。</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 24 hours.</source>
        <translation>「N 時間ごと」には 1 から 24 時間を指定してください。</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>ジョブを自分自身の後に実行することはできません。</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>ジョブはまだ SFTP リポジトリに書き込めません。ローカルフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>ジョブにはカタログが必要です。</translation>
    </message>
    <message>
        <source>The job needs a name.</source>
        <translation>ジョブには名前が必要です。</translation>
    </message>
    <message>
        <source>You can only change jobs on the server you signed in to.</source>
        <translation>変更できるのは、サインインしているサーバーのジョブだけです。</translation>
    </message>
    <message>
        <source>Choose the repository the job writes to.</source>
        <translation>ジョブの書き込み先のリポジトリを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 は Lifeboat のリポジトリではありません: %2</translation>
    </message>
    <message>
        <source>Choose at least one VM or container to back up.</source>
        <translation>バックアップする VM またはコンテナーを少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a VM or container you may back up.</source>
        <translation>%1 は、あなたがバックアップできる VM またはコンテナーではありません。</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 は %2 です。ジョブではバックアップできません。</translation>
    </message>
    <message>
        <source>The excluded VM %1 is not one you may see.</source>
        <translation>除外した VM %1 は、あなたが参照できる VM ではありません。</translation>
    </message>
    <message>
        <source>The objects of a job on another server can only be changed signed in there.</source>
        <translation>別のサーバーのジョブのオブジェクトは、そのサーバーにサインインしているときにのみ変更できます。</translation>
    </message>
    <message>
        <source>An excluded disk is written VM:KEY, not %1.</source>
        <translation>除外するディスクは %1 ではなく VM:KEY の形式で指定してください。</translation>
    </message>
    <message>
        <source>The job to run after is not one of your jobs.</source>
        <translation>先行ジョブとして指定したジョブは、あなたのジョブではありません。</translation>
    </message>
    <message>
        <source>The guest password could not be kept in the system keychain: %1</source>
        <translation>ゲストのパスワードをシステムのキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Guest processing needs a key file or the guest password.</source>
        <translation>ゲスト処理には鍵ファイルまたはゲストのパスワードが必要です。</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>お使いの組織には vApp %1 がありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleSession</name>
    <message>
        <source>Signing in needs the catalog.</source>
        <translation>サインインにはカタログが必要です。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>vCenter サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</source>
        <translation>%1 はサーバーのアドレスではありません。vcenter.example.com のようなホスト名か https:// の URL を入力してください。</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>ジョブにはカタログが必要です。</translation>
    </message>
    <message>
        <source>The job %1 belongs to another account.</source>
        <translation>ジョブ %1 は別のアカウントのものです。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>開くリポジトリのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</source>
        <translation>リポジトリはオフラインで開かれています。ジョブにはサーバーが必要です。%1 を実行するには vCenter にサインインしてください。</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 はこのインストールのサーバーではありません。一覧から選択するか、「lifeboat-cli endpoint add」で追加するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</source>
        <translation>アカウント %1 には %2 上の Lifeboat へのアクセス権がありません。どのサーバーにサインインすればよいか管理者に確認してください。</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 thumbprint.</source>
        <translation>%1 は SHA-256 サムプリントではありません。</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 はこのインストールのサーバーではありません。「lifeboat-cli endpoint add」で追加するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</source>
        <translation>%1 はこのインストールのサーバーです。このサーバーの別の証明書を信頼できるのは管理者だけです (「lifeboat-cli endpoint trust」)。</translation>
    </message>
    <message>
        <source>Your organization %1 has no VMs in Cloud Director yet.</source>
        <translation>お使いの組織 %1 には Cloud Director 上の VM がまだありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::Keychain</name>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>キーチェーンにエントリ %1 はありません。</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>システムのキーチェーンがアクセスを拒否しました: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>システムのキーチェーンを利用できません (%1)。Lifeboat は秘密情報をほかの場所には保存しません。毎回パスワードを入力するか、GNOME Keyring や KWallet などのキーリングを起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); enter the password instead.</source>
        <translation>
            <numerusform>システムのキーチェーンが %n 秒以内に応答しませんでした。代わりにパスワードを入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::PasswordRecord</name>
    <message>
        <source>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</source>
        <translation>保存されている管理者パスワードは有効なレコードではありません。「lifeboat-cli kiosk hash-password」で作成し直してください。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::BlockSource</name>
    <message>
        <source>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</source>
        <translation>オフセット %2 から %1 バイトを読み取れません: ディスクまたはパーティションは %3 バイトで終わっています。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1: %2</source>
        <translation>%1 のサイズを取得できません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>%1 をオフセット %2 で読み取れません: %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Ext4FileSystem</name>
    <message>
        <source>its data points outside the file system</source>
        <translation>データがファイルシステムの範囲外を指しています</translation>
    </message>
    <message>
        <source>its block map is out of order</source>
        <translation>ブロックマップの順序が正しくありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the inode of %1</source>
        <translation>%1 の inode を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read %1: its size is impossible.</source>
        <translation>%1 を読み取れません: サイズがあり得ない値です。</translation>
    </message>
    <message>
        <source>%1 is encrypted by the guest (fscrypt) and cannot be read.</source>
        <translation>%1 はゲストによって暗号化されている (fscrypt) ため、読み取れません。</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the block map of %1</source>
        <translation>%1 のブロックマップを読み取れません</translation>
    </message>
    <message>
        <source>The symbolic link %1 claims an impossible length.</source>
        <translation>シンボリックリンク %1 の長さがあり得ない値です。</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 はゲストのファイルシステムに存在しません。</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>%1 を検索できません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 はシンボリックリンクです。%2 ではリンクをたどりません。リンク先のパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 はディレクトリではありません。</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>ディレクトリ %1 を読み取れません</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>開くパーティションがありません。</translation>
    </message>
    <message>
        <source>This ext file system uses features that cannot be read: %1</source>
        <translation>この ext ファイルシステムは読み取りに対応していない機能を使用しています: %1</translation>
    </message>
    <message>
        <source>Cannot read the ext file system: %1</source>
        <translation>ext ファイルシステムを読み取れません: %1</translation>
    </message>
    <message>
        <source>The ext file system is damaged: %1</source>
        <translation>ext ファイルシステムが破損しています: %1</translation>
    </message>
    <message>
        <source>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>ext ファイルシステムのサイズは %1 バイトですが、パーティションは %2 しかありません。ディスクイメージが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 はシンボリックリンクです。リンクはたどりません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Extractor</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>ユーザーにより停止されました。</translation>
    </message>
    <message>
        <source>its name cannot be used in the target</source>
        <translation>この名前は復元先で使用できません</translation>
    </message>
    <message>
        <source>devices, pipes and sockets are not restored</source>
        <translation>デバイス、パイプ、ソケットは復元されません</translation>
    </message>
    <message>
        <source>it exists in the target (restore with overwrite to replace it)</source>
        <translation>復元先に既に存在します (置き換えるには overwrite で復元してください)</translation>
    </message>
    <message>
        <source>it exists in the target, and so does %1</source>
        <translation>復元先に既に存在し、%1 も存在します</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>something that is not a folder has that name in the target</source>
        <translation>復元先に同じ名前のフォルダー以外の項目があります</translation>
    </message>
    <message>
        <source>a folder of that name exists in the target</source>
        <translation>復元先に同じ名前のフォルダーがあります</translation>
    </message>
    <message>
        <source>its content cannot be read: %1</source>
        <translation>内容を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link has no usable target</source>
        <translation>リンクに使用可能なリンク先がありません</translation>
    </message>
    <message>
        <source>%1 cannot be restored to its original place.</source>
        <translation>%1 は元の場所に復元できません。</translation>
    </message>
    <message>
        <source>it lies deeper than 1,024 folders (a loop in a damaged file system?)</source>
        <translation>1,024 階層より深い場所にあります (破損したファイルシステム内のループの可能性があります)</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FileIndex</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>カタログで%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>read the file index</source>
        <translation>ファイルインデックスの読み取り</translation>
    </message>
    <message>
        <source>The catalog could not start a transaction: %1</source>
        <translation>カタログでトランザクションを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>update the file index</source>
        <translation>ファイルインデックスの更新</translation>
    </message>
    <message>
        <source>add to the file index</source>
        <translation>ファイルインデックスへの追加</translation>
    </message>
    <message>
        <source>The catalog could not store the file index: %1</source>
        <translation>カタログにファイルインデックスを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The catalog could not update the file index.</source>
        <translation>カタログのファイルインデックスを更新できませんでした。</translation>
    </message>
    <message>
        <source>search the file index</source>
        <translation>ファイルインデックスの検索</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FolderExtractor</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%2: %1: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>フォルダーを開けません</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>置き換えられません</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>リンクを作成できません</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestFileSystem</name>
    <message>
        <source>The guest path &quot;%1&quot; is not valid: %2</source>
        <translation>ゲストのパス「%1」は無効です: %2</translation>
    </message>
    <message>
        <source>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</source>
        <translation>このパーティションは ext3/ext4 ファイルシステムの外部ジャーナルです。ファイルは含まれていません。</translation>
    </message>
    <message>
        <source>exFAT is not supported yet.</source>
        <translation>exFAT はまだサポートされていません。</translation>
    </message>
    <message>
        <source>FAT is not supported yet.</source>
        <translation>FAT はまだサポートされていません。</translation>
    </message>
    <message>
        <source>XFS is not supported yet.</source>
        <translation>XFS はまだサポートされていません。</translation>
    </message>
    <message>
        <source>Btrfs is not supported yet.</source>
        <translation>Btrfs はまだサポートされていません。</translation>
    </message>
    <message>
        <source>This partition is encrypted with LUKS; encrypted volumes cannot be read.</source>
        <translation>このパーティションは LUKS で暗号化されています。暗号化されたボリュームは読み取れません。</translation>
    </message>
    <message>
        <source>This partition is an LVM physical volume; LVM volumes are not supported yet.</source>
        <translation>このパーティションは LVM の物理ボリュームです。LVM ボリュームはまだサポートされていません。</translation>
    </message>
    <message>
        <source>This partition is swap space; it contains no files.</source>
        <translation>このパーティションはスワップ領域です。ファイルは含まれていません。</translation>
    </message>
    <message>
        <source>No known file system was found in this partition.</source>
        <translation>このパーティションに既知のファイルシステムは見つかりませんでした。</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>パスが空です。</translation>
    </message>
    <message>
        <source>it must be absolute (start with &quot;/&quot;).</source>
        <translation>絶対パス (「/」で始まるパス) で指定してください。</translation>
    </message>
    <message>
        <source>it contains a NUL byte.</source>
        <translation>NUL バイトが含まれています。</translation>
    </message>
    <message>
        <source>it contains an empty component (&quot;//&quot;).</source>
        <translation>空の要素 (「//」) が含まれています。</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; paths are taken literally, not resolved.</source>
        <translation>「%1」が含まれています。パスは解決されず、記述どおりに扱われます。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestSftpTarget</name>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 はログインを受け付けましたが、SFTP を拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2.</source>
        <translation>%2 の %1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 on %2 is not a folder (a link or a file has its place).</source>
        <translation>%2 の %1 はフォルダーではありません (リンクまたはファイルがその場所にあります)。</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>属性を設定できません</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>置き換えられません</translation>
    </message>
    <message>
        <source>Cannot put in place</source>
        <translation>所定の場所に配置できません</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>リンクを作成できません</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>%1 との接続が切断されました (%2)。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>no space left in the guest</source>
        <translation>ゲストの空き容量がありません</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ファイルまたはフォルダーがありません</translation>
    </message>
    <message>
        <source>the guest reported failure (SFTP status %1)</source>
        <translation>ゲストがエラーを報告しました (SFTP ステータス %1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%2: %1: %3</translation>
    </message>
    <message>
        <source>%1 accepted a connection without a trusted host key.</source>
        <translation>%1 は信頼済みのホスト鍵なしで接続を受け入れました。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::NtfsFileSystem</name>
    <message>
        <source>it is compressed with Windows system compression (Compact OS), which cannot be read</source>
        <translation>Windows のシステム圧縮 (Compact OS) で圧縮されていますが、この圧縮形式は読み取れません</translation>
    </message>
    <message>
        <source>it is stored by Windows Data Deduplication, whose chunk store cannot be read</source>
        <translation>Windows のデータ重複除去によって格納されていますが、そのチャンクストアは読み取れません</translation>
    </message>
    <message>
        <source>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</source>
        <translation>クラウドファイルのプレースホルダー (OneDrive など) であり、内容がこのディスク上にない可能性があります</translation>
    </message>
    <message>
        <source>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</source>
        <translation>reparse point (タグ 0x%1) であり、内容はファイル自体には格納されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Cannot read the MFT record of %1</source>
        <translation>%1 の MFT レコードを読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the reparse point of %1</source>
        <translation>%1 の reparse point を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 はシンボリックリンクまたは junction です。%2 ではリンクをたどりません。リンク先のパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 はディレクトリではありません。</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 はゲストのファイルシステムに存在しません。</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>%1 を検索できません</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>ディレクトリ %1 を読み取れません</translation>
    </message>
    <message>
        <source>Cannot read the run list of %1</source>
        <translation>%1 のランリストを読み取れません</translation>
    </message>
    <message>
        <source>its run list is out of order</source>
        <translation>ランリストの順序が正しくありません</translation>
    </message>
    <message>
        <source>its data points outside the file system</source>
        <translation>データがファイルシステムの範囲外を指しています</translation>
    </message>
    <message>
        <source>its run list ends before its data</source>
        <translation>ランリストがデータの終わりより前で終わっています</translation>
    </message>
    <message>
        <source>Cannot open the content of %1</source>
        <translation>%1 の内容を開けません</translation>
    </message>
    <message>
        <source>its size is impossible</source>
        <translation>サイズがあり得ない値です</translation>
    </message>
    <message>
        <source>its data ends early</source>
        <translation>データが途中で終わっています</translation>
    </message>
    <message>
        <source>%1 is encrypted by Windows (EFS) and cannot be read.</source>
        <translation>%1 は Windows によって暗号化されている (EFS) ため、読み取れません。</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>開くパーティションがありません。</translation>
    </message>
    <message>
        <source>The partition is too small for NTFS.</source>
        <translation>パーティションが NTFS には小さすぎます。</translation>
    </message>
    <message>
        <source>Cannot read the NTFS boot sector: %1</source>
        <translation>NTFS のブートセクターを読み取れません: %1</translation>
    </message>
    <message>
        <source>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>NTFS ファイルシステムのサイズは %1 バイトですが、パーティションは %2 しかありません。ディスクイメージが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>Cannot open NTFS: out of memory.</source>
        <translation>NTFS を開けません: メモリが不足しています。</translation>
    </message>
    <message>
        <source>The NTFS boot sector is not valid: %1</source>
        <translation>NTFS のブートセクターが無効です: %1</translation>
    </message>
    <message>
        <source>The NTFS file system cannot be opened</source>
        <translation>NTFS ファイルシステムを開けません</translation>
    </message>
    <message>
        <source>NTFS version %1.%2 is not supported.</source>
        <translation>NTFS バージョン %1.%2 はサポートされていません。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 はシンボリックリンクです。リンクはたどりません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Partitions</name>
    <message>
        <source>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>MBR パーティション %1 (セクター %2 から %3) はディスク (%4 セクター) の範囲外にあるため、スキップしました。</translation>
    </message>
    <message>
        <source>The extended partition chain has more than %1 links; the rest was ignored.</source>
        <translation>拡張パーティションのチェーンのリンクが %1 個を超えています。残りは無視しました。</translation>
    </message>
    <message>
        <source>The extended partition chain loops back to sector %1; the rest was ignored.</source>
        <translation>拡張パーティションのチェーンがセクター %1 に戻るループになっています。残りは無視しました。</translation>
    </message>
    <message>
        <source>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</source>
        <translation>拡張パーティションのリンクが、拡張パーティション外のセクター %1 を指しています。残りは無視しました。</translation>
    </message>
    <message>
        <source>The extended partition link at sector %1 has no boot signature; the rest was ignored.</source>
        <translation>セクター %1 の拡張パーティションのリンクにブートシグネチャがありません。残りは無視しました。</translation>
    </message>
    <message>
        <source>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</source>
        <translation>論理パーティション %1 (セクター %2 から %3) は拡張パーティションまたはディスクの範囲外にあるため、スキップしました。</translation>
    </message>
    <message>
        <source>no GPT signature at sector %1</source>
        <translation>セクター %1 に GPT シグネチャがありません</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid size (%2)</source>
        <translation>セクター %1 のヘッダーのサイズが無効です (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 fails its checksum</source>
        <translation>セクター %1 のヘッダーのチェックサムが一致しません</translation>
    </message>
    <message>
        <source>the header at sector %1 says it belongs elsewhere</source>
        <translation>セクター %1 のヘッダーは別の位置のものだと示しています</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid entry size (%2)</source>
        <translation>セクター %1 のヘッダーのエントリサイズが無効です (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 claims an implausible %2 entries</source>
        <translation>セクター %1 のヘッダーが示すエントリ数 (%2) は妥当ではありません</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 lies outside the disk</source>
        <translation>セクター %1 のヘッダーのエントリ配列がディスクの範囲外にあります</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 fails its checksum</source>
        <translation>セクター %1 のヘッダーのエントリ配列のチェックサムが一致しません</translation>
    </message>
    <message>
        <source>The GPT partition table is damaged: primary: %1; backup: %2.</source>
        <translation>GPT パーティションテーブルが破損しています: プライマリ: %1、バックアップ: %2。</translation>
    </message>
    <message>
        <source>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</source>
        <translation>プライマリ GPT ヘッダーが破損しているため (%1)、ディスク末尾のバックアップコピーを使用しました。</translation>
    </message>
    <message>
        <source>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>GPT パーティション %1 (セクター %2 から %3) はディスク (%4 セクター) の範囲外にあるため、スキップしました。</translation>
    </message>
    <message>
        <source>Partitions %1 and %2 overlap; their contents may be mixed up.</source>
        <translation>パーティション %1 と %2 が重なっています。内容が混在している可能性があります。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::RestorePointVolumes</name>
    <message>
        <source>The volume %1 cannot be read: %2</source>
        <translation>ボリューム %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The restore point has no volume %1. Its readable volumes: %2.</source>
        <translation>復元ポイントにボリューム %1 はありません。読み取り可能なボリューム: %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No volume of this restore point holds a file system Lifeboat can read.</source>
        <translation>この復元ポイントには、Lifeboat が読み取れるファイルシステムを含むボリュームがありません。</translation>
    </message>
    <message>
        <source>The restore point has several volumes; choose one with --volume: %1.</source>
        <translation>復元ポイントには複数のボリュームがあります。--volume で 1 つを選択してください: %1。</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::ZipTarget</name>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 は既に存在します。別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot start compression.</source>
        <translation>圧縮を開始できません。</translation>
    </message>
    <message>
        <source>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</source>
        <translation>%1 は .zip ファイルに格納できません (名前にバックスラッシュが含まれているか、パスが 65,535 バイトを超えています)。</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::BackupRun</name>
    <message>
        <source>Retry of session %1 started for job %2.</source>
        <translation>ジョブ %2 のセッション %1 の再試行を開始しました。</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>ジョブ %1 を開始しました。</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</source>
        <translation>ジョブはまだ SFTP リポジトリに書き込めません。ローカルフォルダーまたはマウントしたフォルダーを使用してください。</translation>
    </message>
    <message>
        <source>Cannot open the repository %1: %2</source>
        <translation>リポジトリ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>%1 に %2 としてサインインできません: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>%1 のインベントリを読み取れません: %2</translation>
    </message>
    <message>
        <source>Stop requested by the user.</source>
        <translation>ユーザーが停止を要求しました。</translation>
    </message>
    <message>
        <source>Backing up %1 (%2).</source>
        <translation>%1 (%2) をバックアップしています。</translation>
    </message>
    <message>
        <source>Cannot list the snapshots: %1</source>
        <translation>スナップショットの一覧を取得できません: %1</translation>
    </message>
    <message>
        <source>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</source>
        <translation>中断された実行が残したスナップショット「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Cannot remove the leftover snapshot &quot;%1&quot;: %2</source>
        <translation>残っていたスナップショット「%1」を削除できません: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ユーザーにより停止されました。</translation>
    </message>
    <message>
        <source>Changed-block tracking enabled.</source>
        <translation>変更ブロック追跡を有効にしました。</translation>
    </message>
    <message>
        <source>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</source>
        <translation>変更ブロック追跡を有効にできません (%1)。バックアップのたびにディスク全体を読み取ります。</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s restore points: %1</source>
        <translation>リポジトリの復元ポイントを読み取れません: %1</translation>
    </message>
    <message>
        <source>Taken by Lifeboat for a backup; removed when the backup ends.</source>
        <translation>Lifeboat がバックアップのために作成しました。バックアップの終了時に削除されます。</translation>
    </message>
    <message>
        <source>Cannot take a snapshot: %1</source>
        <translation>スナップショットを作成できません: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>スナップショット %1 を作成しました。</translation>
    </message>
    <message>
        <source>Cannot read the snapshot&apos;s disks: %1</source>
        <translation>スナップショットのディスクを読み取れません: %1</translation>
    </message>
    <message>
        <source>Disk %1 is excluded by the job.</source>
        <translation>ディスク %1 はジョブで除外されています。</translation>
    </message>
    <message>
        <source>Changed blocks of %1 are not available (%2); reading the whole disk.</source>
        <translation>%1 の変更ブロックを取得できません (%2)。ディスク全体を読み取ります。</translation>
    </message>
    <message>
        <source>%1: %2 changed since the previous restore point.</source>
        <translation>%1: 前回の復元ポイントから %2 が変更されています。</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration file was not saved with the restore point: %1</source>
        <translation>VM の構成ファイルを復元ポイントと一緒に保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The disk %1 cannot be read through the datastore API.</source>
        <translation>ディスク %1 はデータストア API 経由で読み取れません。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>バックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</source>
        <translation>復元ポイント %1: %2 を読み取り、%3 を保存しました (チャンク %5 個中 %4 個が新規、%6 個が未変更またはゼロ)。</translation>
    </message>
    <message>
        <source>Snapshot %1 removed.</source>
        <translation>スナップショット %1 を削除しました。</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</source>
        <translation>スナップショット %1 を削除できません (%2)。このジョブの次回の実行時に削除されます。</translation>
    </message>
    <message>
        <source>%1 done in %2 s.</source>
        <translation>%1 は %2 秒で完了しました。</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>セッション終了: %1。</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the inventory.</source>
        <translation>%1 (%2) はもうインベントリにありません。</translation>
    </message>
    <message>
        <source>%1 holds no VMs.</source>
        <translation>%1 には VM がありません。</translation>
    </message>
    <message>
        <source>%1 is outside the scope of %2 and was not backed up.</source>
        <translation>%1 は %2 のスコープ外のため、バックアップされませんでした。</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</source>
        <translation>%1 のバックアップは開始されませんでした。最大 %2 を保存する可能性があり、クォータ %4 のうち %3 が既に使用されています。管理者にクォータの拡大を依頼するか、復元ポイントを削除してください。</translation>
    </message>
    <message>
        <source>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</source>
        <translation>ゲスト処理にはゲストのアドレスが必要ですが、VMware Tools から報告されておらず、ジョブでも %1 のアドレスが指定されていません。</translation>
    </message>
    <message>
        <source>Guest processing: %1</source>
        <translation>ゲスト処理: %1</translation>
    </message>
    <message>
        <source>Pre-freeze script exited with %1: %2</source>
        <translation>pre-freeze スクリプトが終了コード %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>The pre-freeze script failed (exit status %1); no snapshot was taken.</source>
        <translation>pre-freeze スクリプトが失敗しました (終了コード %1)。スナップショットは作成されていません。</translation>
    </message>
    <message>
        <source>The post-thaw script could not run: %1</source>
        <translation>post-thaw スクリプトを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Post-thaw script exited with %1: %2</source>
        <translation>post-thaw スクリプトが終了コード %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>The guest files were not indexed: %1</source>
        <translation>ゲストファイルはインデックス化されませんでした: %1</translation>
    </message>
    <message>
        <source>Indexed %1 guest files and folders (%2 new or changed).</source>
        <translation>ゲストのファイルとフォルダーを %1 件インデックス化しました (うち %2 件が新規または変更)。</translation>
    </message>
    <message>
        <source>Not indexed: %1</source>
        <translation>インデックス化されていません: %1</translation>
    </message>
    <message>
        <source>%1: the databases cannot be listed: %2</source>
        <translation>%1: データベースの一覧を取得できません: %2</translation>
    </message>
    <message>
        <source>%1: the database name %2 is not backed up (quotes or control characters)</source>
        <translation>%1: データベース %2 はバックアップされません (名前に引用符または制御文字が含まれています)</translation>
    </message>
    <message>
        <source>%1 database %2: the dump failed: %3</source>
        <translation>%1 データベース %2: ダンプに失敗しました: %3</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>データベースアイテム: %1</translation>
    </message>
    <message>
        <source>Dumped the %1 database %2 (%3).</source>
        <translation>%1 データベース %2 をダンプしました (%3)。</translation>
    </message>
    <message>
        <source>Database items: no temporary folder for the dumps: %1</source>
        <translation>データベースアイテム: ダンプ用の一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>the list of databases is too long</source>
        <translation>データベースの一覧が長すぎます</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <source>The stored job definition has an invalid &quot;%1&quot;.</source>
        <translation>保存されているジョブ定義の「%1」が無効です。</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobStore</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>カタログで%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>A job named %1 exists already.</source>
        <translation>%1 という名前のジョブは既に存在します。</translation>
    </message>
    <message>
        <source>save the job</source>
        <translation>ジョブの保存</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>ID %1 のジョブはありません。</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>ジョブの一覧取得</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>ジョブの読み取り</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>ジョブ %1 はありません。</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>ジョブの削除</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>セッションの開始</translation>
    </message>
    <message>
        <source>list the running sessions</source>
        <translation>実行中のセッションの一覧取得</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped while the session ran.</source>
        <translation>中断: セッションの実行中に Lifeboat が停止しました。</translation>
    </message>
    <message>
        <source>close an interrupted session</source>
        <translation>中断されたセッションの終了処理</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>セッションの完了</translation>
    </message>
    <message>
        <source>start a task</source>
        <translation>タスクの開始</translation>
    </message>
    <message>
        <source>finish a task</source>
        <translation>タスクの完了</translation>
    </message>
    <message>
        <source>write the session log</source>
        <translation>セッションログの書き込み</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>セッションの一覧取得</translation>
    </message>
    <message>
        <source>read the session</source>
        <translation>セッションの読み取り</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>セッション %1 はありません。</translation>
    </message>
    <message>
        <source>read the session log</source>
        <translation>セッションログの読み取り</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>スケジュールの読み取り</translation>
    </message>
    <message>
        <source>save the schedule</source>
        <translation>スケジュールの保存</translation>
    </message>
    <message>
        <source>request a stop</source>
        <translation>停止の要求</translation>
    </message>
    <message>
        <source>claim the scheduler</source>
        <translation>スケジューラの確保</translation>
    </message>
    <message>
        <source>release the scheduler</source>
        <translation>スケジューラの解放</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Schedule</name>
    <message>
        <source>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</source>
        <translation>「%1」はスケジュールではありません。例: &quot;daily 22:00&quot;、&quot;daily 01:30 mon-fri&quot;、&quot;monthly 1 03:00&quot;、&quot;every 4h&quot;、&quot;after nightly&quot;、&quot;none&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</source>
        <translation>「%1」はスケジュールポリシーではありません。any、none、または「20:00-06:00」のような開始時間帯を指定してください。</translation>
    </message>
    <message>
        <source>Your provider lets your jobs run only when you start them: choose no schedule.</source>
        <translation>プロバイダーの設定により、ジョブは手動で開始した場合のみ実行されます。スケジュールは選択しないでください。</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</source>
        <translation>プロバイダーの設定により、ジョブは %1 から %2 の間にのみ開始できます。数時間ごとのジョブはこの時間帯の外で開始されます。</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; %3 is outside.</source>
        <translation>プロバイダーの設定により、ジョブは %1 から %2 の間にのみ開始できます。%3 はその範囲外です。</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Scheduler</name>
    <message>
        <source>the computer was asleep</source>
        <translation>コンピューターがスリープしていた</translation>
    </message>
    <message>
        <source>the scheduler was held up</source>
        <translation>スケジューラの処理が滞っていた</translation>
    </message>
    <message>
        <source>Lifeboat was not running</source>
        <translation>Lifeboat が動作していなかった</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n scheduled run(s) (%1) because %2; running the job once now.</source>
        <translation>
            <numerusform>%2ため、スケジュールされた実行を %n 回逃しました (%1)。今すぐジョブを 1 回実行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up run for the missed schedule.</source>
        <translation>実行されなかったスケジュールの補完実行です。</translation>
    </message>
    <message>
        <source>Scheduled run (%1).</source>
        <translation>スケジュール実行 (%1)。</translation>
    </message>
    <message>
        <source>Started after the job %1 finished.</source>
        <translation>ジョブ %1 の終了後に開始しました。</translation>
    </message>
</context>
<context>
    <name>lifeboat::notify::Mailer</name>
    <message>
        <source>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</source>
        <translation>メールの設定が不完全です: ホスト、ポート、およびセキュリティ (none、starttls、tls のいずれか) が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>メールサーバー %1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</source>
        <translation>メールサーバー %1 の証明書は信頼されていません。SHA-256 サムプリントは %2 です。</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>メールサーバー %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 (SMTP %4)</source>
        <translation>メールサーバー %1 が %2 を拒否しました: %3 (SMTP %4)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</source>
        <translation>メールサーバー %1 は STARTTLS に対応していません。パスワードとレポートが平文で送信されることになります。セキュリティに tls または none を指定してください。</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>%1 のログイン</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>送信者 %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>宛先 %1</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</source>
        <translation>Lifeboat は TLS なしではメールのパスワードを送信しません。セキュリティを starttls または tls に設定してください。</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>メッセージに宛先がありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Backend</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%2: %1: %3</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>フラッシュできません</translation>
    </message>
    <message>
        <source>Cannot store</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>%1 ends before offset %2: the file is truncated.</source>
        <translation>%1 はオフセット %2 より前で終わっています。ファイルが途中で切れています。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>The connection to the SFTP server was lost (%1).</source>
        <translation>SFTP サーバーとの接続が切断されました (%1)。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未接続です</translation>
    </message>
    <message>
        <source>%1 %2: out of memory</source>
        <translation>%2: %1: メモリが不足しています</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ファイルまたはフォルダーがありません</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>no space left on the server</source>
        <translation>サーバーの空き容量がありません</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>既に存在します</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>サーバーがこの操作に対応していません</translation>
    </message>
    <message>
        <source>the server reported failure (SFTP status %1)</source>
        <translation>サーバーがエラーを返しました (SFTP ステータス %1)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 はログインを受け付けましたが、SFTP を拒否しました: %2</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>チャネルを開けません</translation>
    </message>
    <message>
        <source>unexpected reply from the server</source>
        <translation>サーバーから予期しない応答がありました</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>送信できません</translation>
    </message>
    <message>
        <source>malformed reply from the server</source>
        <translation>サーバーからの応答の形式が不正です</translation>
    </message>
    <message>
        <source>Cannot receive</source>
        <translation>受信できません</translation>
    </message>
    <message>
        <source>the server closed the channel</source>
        <translation>サーバーがチャネルを閉じました</translation>
    </message>
    <message>
        <source>%1 was already committed.</source>
        <translation>%1 は既にコミットされています。</translation>
    </message>
    <message>
        <source>the upload of %1 was interrupted</source>
        <translation>%1 のアップロードが中断されました</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>一覧を取得できません</translation>
    </message>
    <message>
        <source>%1 is not a valid SFTP location: %2</source>
        <translation>%1 は有効な SFTP の場所ではありません: %2</translation>
    </message>
    <message>
        <source>it must start with sftp://</source>
        <translation>sftp:// で始まる必要があります</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>サーバー名がありません</translation>
    </message>
    <message>
        <source>the user name is missing (sftp://user@server/folder)</source>
        <translation>ユーザー名がありません (sftp://user@server/folder)</translation>
    </message>
    <message>
        <source>passwords do not belong in the location</source>
        <translation>パスワードを場所に含めることはできません</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>ポート番号が範囲外です</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>フォルダーは絶対パスで指定してください</translation>
    </message>
    <message>
        <source>An SFTP location needs a server and an absolute folder.</source>
        <translation>SFTP の場所にはサーバーと絶対パスのフォルダーが必要です。</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::BlobCodec</name>
    <message>
        <source>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</source>
        <translation>チャンク %1 は破損しています: 認証に失敗しました (保存されたバイトが変更されています)。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it is empty.</source>
        <translation>チャンク %1 は破損しています: 空です。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it does not decompress.</source>
        <translation>チャンク %1 は破損しています: 展開できません。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: unknown compression %2.</source>
        <translation>チャンク %1 は破損しています: 不明な圧縮方式 %2 です。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: its content does not match its id.</source>
        <translation>チャンク %1 は破損しています: 内容が ID と一致しません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::ChunkIndex</name>
    <message>
        <source>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</source>
        <translation>%1 にあるチャンクインデックスの一時ファイルを読み書きできませんでした (%2)。そこに空き容量を確保して、ジョブをもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>%1 をオフセット %2 で読み取れません: %3</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>予期しないファイルの終端です</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1.</source>
        <translation>%1 のサイズを取得できません。</translation>
    </message>
    <message>
        <source>The previous restore point of disk %1 used another chunk size.</source>
        <translation>ディスク %1 の前回の復元ポイントは別のチャンクサイズを使用しています。</translation>
    </message>
    <message>
        <source>The restore point %1 has no disk named %2.</source>
        <translation>復元ポイント %1 に %2 という名前のディスクはありません。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another target or allow overwriting.</source>
        <translation>%1 は既に存在します。別の復元先を選ぶか、上書きを許可してください。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>%1 のサイズを設定できません: %2</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 cannot be read: %2</source>
        <translation>ディスク %1 のチャンクリストを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 (disk %2, offset %3)</source>
        <translation>%1 (ディスク %2、オフセット %3)</translation>
    </message>
    <message>
        <source>The chunk at offset %1 of disk %2 has the wrong length.</source>
        <translation>ディスク %2 のオフセット %1 にあるチャンクの長さが正しくありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2</source>
        <translation>%1 をフラッシュできません: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored disk to %1: %2</source>
        <translation>復元したディスクを %1 に移動できません: %2</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</source>
        <translation>%2 からの %1 バイトの読み取りは、ディスク %3 (%4 バイト) の範囲外です。</translation>
    </message>
    <message>
        <source>pack %1 is truncated</source>
        <translation>パックファイル %1 が途中で切れています</translation>
    </message>
    <message>
        <source>chunk %1 is damaged</source>
        <translation>チャンク %1 が破損しています</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>チャンク %1 がありません</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Prune</name>
    <message>
        <source>The restore point %1 is immutable until %2 and cannot be deleted before then.</source>
        <translation>復元ポイント %1 は %2 まで変更不可のため、それまでは削除できません。</translation>
    </message>
    <message>
        <source>The restore point %1 is already immutable until %2; immutability can only be extended.</source>
        <translation>復元ポイント %1 は既に %2 まで変更不可です。変更不可の期間は延長しかできません。</translation>
    </message>
    <message>
        <source>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</source>
        <translation>保持ポリシーでは何かを保持する必要があります (例: --keep-last 7)。整理ですべての復元ポイントを削除することはできません。</translation>
    </message>
    <message>
        <source>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</source>
        <translation>整理は何も削除せずに停止しました: %1 「lifeboat-cli repo verify」を実行してください。</translation>
    </message>
    <message>
        <source>Prune stopped before deleting data: %1</source>
        <translation>整理はデータを削除する前に停止しました: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Repository</name>
    <message>
        <source>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</source>
        <translation>鍵導出 (scrypt) に失敗しました。鍵ファイルのパラメーターが破損している可能性があります。</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 には既にリポジトリがあります。何も変更していません。</translation>
    </message>
    <message>
        <source>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</source>
        <translation>チャンクサイズは 4 KiB 以上 16 MiB 以下の 4 KiB の倍数にしてください。</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</source>
        <translation>%1 は Lifeboat のリポジトリではありません (config ファイルがありません)。パスを確認するか、「lifeboat-cli repo init」でリポジトリを作成してください。</translation>
    </message>
    <message>
        <source>%1 has a config file, but it is not a Lifeboat repository&apos;s.</source>
        <translation>%1 には config ファイルがありますが、Lifeboat のリポジトリのものではありません。</translation>
    </message>
    <message>
        <source>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</source>
        <translation>リポジトリ %1 の形式バージョンは %2 ですが、この Lifeboat はバージョン %3 までしか読み取れません。開くには Lifeboat を更新してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The repository %1 has an invalid format version.</source>
        <translation>リポジトリ %1 の形式バージョンが無効です。</translation>
    </message>
    <message>
        <source>The repository %1 has a damaged config file.</source>
        <translation>リポジトリ %1 の config ファイルが破損しています。</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a password is needed.</source>
        <translation>リポジトリ %1 は暗号化されています: パスワードが必要です。</translation>
    </message>
    <message>
        <source>The password does not open the repository %1.</source>
        <translation>このパスワードではリポジトリ %1 を開けません。</translation>
    </message>
    <message>
        <source>The config file of %1 was altered: its authentication failed.</source>
        <translation>%1 の config ファイルが改変されています: 認証に失敗しました。</translation>
    </message>
    <message>
        <source>An index of %1 is truncated.</source>
        <translation>%1 のインデックスが途中で切れています。</translation>
    </message>
    <message>
        <source>The header of pack %1 names another pack.</source>
        <translation>パックファイル %1 のヘッダーが別のパックファイルを示しています。</translation>
    </message>
    <message>
        <source>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</source>
        <translation>インデックスファイル %1 が破損しています。影響範囲は「lifeboat-cli repo verify」で確認できます。</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>チャンク %1 がリポジトリにありません。</translation>
    </message>
    <message>
        <source>There is no restore point %1 in %2.</source>
        <translation>%2 に復元ポイント %1 はありません。</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its authentication failed.</source>
        <translation>復元ポイント %1 は破損しています: 認証に失敗しました。</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its description cannot be read.</source>
        <translation>復元ポイント %1 は破損しています: 記述内容を読み取れません。</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 has no part %2.</source>
        <translation>ディスク %1 のチャンクリストにパート %2 がありません。</translation>
    </message>
    <message>
        <source>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</source>
        <translation>ディスク %2 のチャンクリストのパート %1 は %4 バイトのはずですが、%3 バイトです。</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::RepositoryLock</name>
    <message>
        <source>%1 lock held by process %2 on %3 until %4</source>
        <translation>%1ロック (ホスト %3 のプロセス %2、有効期限 %4)</translation>
    </message>
    <message>
        <source>an exclusive</source>
        <translation>排他</translation>
    </message>
    <message>
        <source>a shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>The repository %1 is busy: %2. Try again when that operation has finished.</source>
        <translation>リポジトリ %1 は使用中です: %2。その操作が終わってから再試行してください。</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::FileRestore</name>
    <message>
        <source>Restoring %1 from the restore point of %2 to %3.</source>
        <translation>%2 の復元ポイントから %1 を %3 に復元しています。</translation>
    </message>
    <message>
        <source>Restored beside the existing one: %1</source>
        <translation>既存の項目と並べて復元しました: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>復元されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>%n 個のファイルを復元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n 個のフォルダー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 個のリンク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n 個を除外</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::ItemRestore</name>
    <message>
        <source>The restore point %1 has no item %2.</source>
        <translation>復元ポイント %1 にアイテム %2 はありません。</translation>
    </message>
    <message>
        <source>Restoring the %1 database %2 from the restore point of %3 to %4.</source>
        <translation>%3 の復元ポイントから %1 データベース %2 を %4 に復元しています。</translation>
    </message>
    <message>
        <source>%1 cannot be used as a database name (quotes, backslashes or control characters).</source>
        <translation>%1 はデータベース名として使用できません (引用符、バックスラッシュ、または制御文字が含まれています)。</translation>
    </message>
    <message>
        <source>The environment for the database commands may only hold NAME=value assignments.</source>
        <translation>データベースコマンドの環境には NAME=value 形式の代入しか指定できません。</translation>
    </message>
    <message>
        <source>Restoring the database %1 failed (exit %2): %3</source>
        <translation>データベース %1 の復元に失敗しました (終了コード %2): %3</translation>
    </message>
    <message>
        <source>Restored the %1 database %2 as %3.</source>
        <translation>%1 データベース %2 を %3 として復元しました。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 は既に存在します。別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Saved the %1 dump of %2 as %3.</source>
        <translation>%2 の %1 ダンプを %3 として保存しました。</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreAudit</name>
    <message>
        <source>The catalog could not record the restore in the audit: %1</source>
        <translation>カタログで復元を監査ログに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>The catalog could not read the restore audit: %1</source>
        <translation>カタログで復元の監査ログを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreSession</name>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>%2 が復元できる復元ポイント %1 はありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::VmRestore</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>%2 が復元できる復元ポイント %1 はありません。</translation>
    </message>
    <message>
        <source>keeping the original VM</source>
        <translation>元の VM は保持</translation>
    </message>
    <message>
        <source>overwriting the VM</source>
        <translation>VM を上書き</translation>
    </message>
    <message>
        <source>The restore point was made on %1, not on %2: restore it through that endpoint.</source>
        <translation>この復元ポイントは %2 ではなく %1 で作成されています。そのエンドポイント経由で復元してください。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>%1 に %2 としてサインインできません: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>%1 のインベントリを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</source>
        <translation>%1 は既に存在せず、復元ポイントには元の場所が記録されていません (古いバージョンで作成されたため)。代わりに「restore-point download」でディスクを復元してください。</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is created again.</source>
        <translation>%1 は既に存在しないため、再作成します。</translation>
    </message>
    <message>
        <source>Cannot read the snapshots of %1: %2</source>
        <translation>%1 のスナップショットを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</source>
        <translation>%1 にはスナップショットがあります (%2)。VM を上書きする前に削除するか、keep モードで元の VM と並べて復元してください。</translation>
    </message>
    <message>
        <source>Cannot read the disks of %1: %2</source>
        <translation>%1 のディスクを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</source>
        <translation>%1 にはディスク %2 がもうありません。keep モードで元の VM と並べて復元してください。</translation>
    </message>
    <message>
        <source>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</source>
        <translation>%2 のディスク %1 は現在 %3 バイトですが、復元ポイントのディスクは %4 バイトです。keep モードで元の VM と並べて復元してください。</translation>
    </message>
    <message>
        <source>The disk %1 cannot be written through the datastore API.</source>
        <translation>ディスク %1 はデータストア API 経由で書き込めません。</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</source>
        <translation>%1 のディスクの書き込みに失敗しました: %2。VM はパワーオフ状態で、ディスクは不完全です。復元をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The CPU and memory settings were not restored: %1</source>
        <translation>CPU とメモリの設定は復元されませんでした: %1</translation>
    </message>
    <message>
        <source>Powering off %1.</source>
        <translation>%1 をパワーオフしています。</translation>
    </message>
    <message>
        <source>Cannot power off %1: %2</source>
        <translation>%1 をパワーオフできません: %2</translation>
    </message>
    <message>
        <source>The restore point does not say on which datastore %1 was.</source>
        <translation>復元ポイントには、%1 がどのデータストアにあったかが記録されていません。</translation>
    </message>
    <message>
        <source>A VM named %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>%1 という名前の VM は既に存在します。削除するか、復元する VM に別の名前を付けてください。</translation>
    </message>
    <message>
        <source>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>データストアのフォルダー %1 は既に存在します。削除するか、復元する VM に別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2</source>
        <translation>%1 のディスクの書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>the original location is unknown</source>
        <translation>元の場所が不明です</translation>
    </message>
    <message>
        <source>The restore point does not record the folder and resource pool of %1.</source>
        <translation>復元ポイントには %1 のフォルダーとリソースプールが記録されていません。</translation>
    </message>
    <message>
        <source>the server did not name the new VM</source>
        <translation>サーバーから新しい VM の識別子が返されませんでした</translation>
    </message>
    <message>
        <source>Creating the VM %1 failed: %2</source>
        <translation>VM %1 の作成に失敗しました: %2</translation>
    </message>
    <message>
        <source>Created the VM %1 (%2).</source>
        <translation>VM %1 を作成しました (%2)。</translation>
    </message>
    <message>
        <source>Removing %1 (%2).</source>
        <translation>%1 を削除しています (%2)。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <source>Powering on the restored VM.</source>
        <translation>復元した VM をパワーオンしています。</translation>
    </message>
    <message>
        <source>The restored VM did not power on: %1</source>
        <translation>復元した VM はパワーオンしませんでした: %1</translation>
    </message>
    <message>
        <source>Writing the disk %1 (%2) to %3.</source>
        <translation>ディスク %1 (%2) を %3 に書き込んでいます。</translation>
    </message>
    <message>
        <source>Restoring %1 from the restore point of %2 (%3 old): %4.</source>
        <translation>%2 の復元ポイント (%3前) から %1 を復元しています: %4。</translation>
    </message>
    <message>
        <source>as a new VM in another place</source>
        <translation>別の場所に新しい VM として作成</translation>
    </message>
    <message>
        <source>Only an administrator may restore a VM to a new location.</source>
        <translation>VM を新しい場所に復元できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>%1 is not a %2 of %3.</source>
        <translation>%1 は %3 の %2 ではありません。</translation>
    </message>
    <message>
        <source>Restoring to a new location.</source>
        <translation>新しい場所に復元しています。</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 exists: %2</source>
        <translation>%1 が存在するかどうかを確認できません: %2</translation>
    </message>
    <message>
        <source>The restore point lacks data of the disk %1 (run repo verify).</source>
        <translation>復元ポイントにディスク %1 のデータが不足しています (「repo verify」を実行してください)。</translation>
    </message>
    <message>
        <source>The disk file %1 cannot be overwritten through the datastore API: %2</source>
        <translation>ディスクファイル %1 はデータストア API 経由で上書きできません: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されていません: %1</translation>
    </message>
    <message>
        <source>Several vApps are named %1; give its moref instead.</source>
        <translation>%1 という名前の vApp が複数あります。代わりに moref を指定してください。</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>vApp %1 はありません。</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: %2</source>
        <translation>vApp %1 は復元されません: %2</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</source>
        <translation>vApp %1 の VM には、%2 以前の、あなたが復元できる復元ポイントがありません。</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point that you may restore.</source>
        <translation>vApp %1 の VM には、あなたが復元できる復元ポイントがありません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ssh::SshSession</name>
    <message>
        <source>Cannot find the SSH server %1: %2</source>
        <translation>SSH サーバー %1 が見つかりません: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the SSH server %1 port %2: %3</source>
        <translation>SSH サーバー %1 のポート %2 に接続できません: %3</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>%1 のホスト鍵を読み取れません。</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</source>
        <translation>SSH サーバー %1 はまだ登録されていません。ホスト鍵のフィンガープリントは %2 です。信頼する前にサーバーの管理者に確認してください。</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</source>
        <translation>SSH サーバー %1 のホスト鍵が変更されています: %2 のはずが、サーバーは %3 を提示しました。接続が傍受されている可能性があります。サーバーを再インストールした場合は、信頼済みのフィンガープリントを更新してください。</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3</source>
        <translation>SSH サーバー %1 に %2 としてログインできません: %3</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (wrong passphrase or unsupported format?)</source>
        <translation>鍵ファイル %1 を読み取れません (パスフレーズが違うか、未対応の形式の可能性があります)</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>サーバーが鍵 %1 を拒否しました</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>サーバーがパスワードを拒否しました</translation>
    </message>
    <message>
        <source>no password or key was given</source>
        <translation>パスワードも鍵も指定されていません</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3.</source>
        <translation>SSH サーバー %1 に %2 としてログインできません: %3。</translation>
    </message>
    <message>
        <source>Cannot initialise libssh2 (error %1).</source>
        <translation>libssh2 を初期化できません (エラー %1)。</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>SSH セッションを作成できません。</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>%1 との SSH ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 がコマンドの実行を拒否しました: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran: %2</source>
        <translation>コマンドの実行中に %1 との接続が切断されました: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while the command ran.</source>
        <translation>コマンドの実行中に %1 から %2 秒間何も送られてきませんでした。</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(シグナル %1 により終了)</translation>
    </message>
    <message>
        <source>%1 stopped answering while the command ran.</source>
        <translation>コマンドの実行中に %1 が応答しなくなりました。</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::Caller</name>
    <message>
        <source>%1 is outside the scope of %2.</source>
        <translation>%1 は %2 のスコープ外です。</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::TenantStore</name>
    <message>
        <source>The catalog could not read or write the accounts: %1</source>
        <translation>カタログでアカウントの読み書きに失敗しました: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>アカウント %1 はありません。</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</source>
        <translation>アカウント %1 はこのコンピューターの Lifeboat にアクセスできません。管理者が「lifeboat-cli tenant add」で追加できます。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::DashboardPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>ダッシュボードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Sign in to see your backups.</source>
        <translation>バックアップを表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some backups could not be read: %1</source>
        <translation>一部のバックアップを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>クォータなし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% 使用</translation>
    </message>
    <message>
        <source>%1% used, less than 10% free</source>
        <translation>%1% 使用、空きは 10% 未満</translation>
    </message>
    <message>
        <source>Quota full: new backups will be refused</source>
        <translation>クォータが上限に達しました: 新しいバックアップは拒否されます</translation>
    </message>
    <message>
        <source>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</source>
        <translation>まだバックアップがありません。[ジョブ] タブで VM のバックアップジョブを作成して実行すると、その結果、速度、サイズがここに表示されます。</translation>
    </message>
    <message>
        <source>No backup job ran in the last 24 hours.</source>
        <translation>過去 24 時間に実行されたバックアップジョブはありません。</translation>
    </message>
    <message>
        <source>No backup job ran in the last 7 days.</source>
        <translation>過去 7 日間に実行されたバックアップジョブはありません。</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 with warnings, %4 failed, %5</source>
        <translation>%1: 成功 %2、警告あり %3、失敗 %4、%5</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>バックアップなし</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>保護済みの VM</translation>
    </message>
    <message>
        <source>Unprotected VMs</source>
        <translation>未保護の VM</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Backup size (after deduplication and compression)</source>
        <translation>バックアップサイズ (重複排除・圧縮後)</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>クォータ使用量</translation>
    </message>
    <message>
        <source>Longest job (7 days)</source>
        <translation>最長のジョブ (7 日間)</translation>
    </message>
    <message>
        <source>Average speed (7 days)</source>
        <translation>平均速度 (7 日間)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>警告あり</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>ジョブの結果</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Period of the job results</source>
        <translation>ジョブの結果の期間</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation>日ごとの結果</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>ジョブの実行回数</translation>
    </message>
    <message>
        <source>Throughput per day</source>
        <translation>日ごとのスループット</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FilesPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found.</source>
        <translation>
            <numerusform>%n 個のファイルが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select files or folders first, in the search results or a browsed restore point.</source>
        <translation>先に、検索結果または参照中の復元ポイントでファイルかフォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the restore list.</source>
        <translation>
            <numerusform>%n 個の項目を復元リストに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the restored files as</source>
        <translation>復元したファイルの保存先</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Restore into folder</source>
        <translation>復元先のフォルダー</translation>
    </message>
    <message>
        <source>The restore list is empty: add files from the search results or a browsed restore point first.</source>
        <translation>復元リストが空です。先に検索結果または参照中の復元ポイントからファイルを追加してください。</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>作成する .zip ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>復元先のフォルダーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n item(s)...</source>
        <translation>
            <numerusform>%n 個の項目を復元しています...</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>復元ポイントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</source>
        <translation>まだ復元ポイントがありません。[ジョブ] タブでバックアップジョブを実行してください。「ゲストファイルのインデックス作成」を有効にすると、ここでそのファイルを検索できます。復元ポイントはどれでも参照できます。</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>検索しています...</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</source>
        <translation>名前または *.conf のようなパターンを入力し、必要に応じてフィルターを設定して Enter キーを押してください。検索できるのは、ゲストファイルのインデックスを作成するジョブの復元ポイントだけです。どの復元ポイントも [参照] タブで参照できます。</translation>
    </message>
    <message>
        <source>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</source>
        <translation>一致するファイルはありません。検索対象は、ゲストファイルのインデックスを作成するジョブの復元ポイントだけです。それ以外の復元ポイントのファイルは、復元ポイントを参照して探してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found. Select them and press Add to restore list (or Enter).</source>
        <translation>
            <numerusform>%n 個のファイルが見つかりました。選択して [復元リストに追加] をクリックしてください (または Enter キーを押してください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a restore point to see its volumes and folders.</source>
        <translation>復元ポイントを選択すると、そのボリュームとフォルダーが表示されます。</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Reading the restore point...</source>
        <translation>復元ポイントを読み取っています...</translation>
    </message>
    <message>
        <source>Expand a volume or a folder to read it; select entries and press Add to restore list.</source>
        <translation>ボリュームやフォルダーを展開すると読み取られます。項目を選択して [復元リストに追加] をクリックしてください。</translation>
    </message>
    <message>
        <source>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</source>
        <translation>まだ復元するものがありません。検索結果または参照中の復元ポイントからファイルやフォルダーを追加してください。複数の VM や復元ポイントのファイルをまとめて復元できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</source>
        <translation>
            <numerusform>%1 個の復元ポイントから %n 個の項目: 復元ポイントごとのファイルは、VM 名と日時にちなんだ名前の専用フォルダー (または .zip) に入ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to restore.</source>
        <translation>
            <numerusform>復元する項目: %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring... The restore runs in the engine; you can keep working.</source>
        <translation>復元しています... 復元はエンジンで実行されるため、作業を続けられます。</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>復元を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>復元セッション %1: %2。%3</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>ゲストファイル</translation>
    </message>
    <message>
        <source>&amp;Find files:</source>
        <translation>ファイルの検索(&amp;F):</translation>
    </message>
    <message>
        <source>Name or pattern, e.g. report or *.conf</source>
        <translation>名前またはパターン (例: report、*.conf)</translation>
    </message>
    <message>
        <source>File name or pattern</source>
        <translation>ファイル名またはパターン</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Search guest files</source>
        <translation>ゲストファイルを検索</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>VM(&amp;V):</translation>
    </message>
    <message>
        <source>Only files of this VM</source>
        <translation>この VM のファイルのみ</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>すべての VM</translation>
    </message>
    <message>
        <source>&amp;Restore point:</source>
        <translation>復元ポイント(&amp;R):</translation>
    </message>
    <message>
        <source>Only files of this restore point</source>
        <translation>この復元ポイントのファイルのみ</translation>
    </message>
    <message>
        <source>All restore points</source>
        <translation>すべての復元ポイント</translation>
    </message>
    <message>
        <source>Si&amp;ze from:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>～</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Smallest size in KiB</source>
        <translation>最小サイズ (KiB)</translation>
    </message>
    <message>
        <source>Largest size in KiB</source>
        <translation>最大サイズ (KiB)</translation>
    </message>
    <message>
        <source>Modified &amp;after</source>
        <translation>変更日 (以降)(&amp;A)</translation>
    </message>
    <message>
        <source>Only files modified on or after a date</source>
        <translation>指定日以降に変更されたファイルのみ</translation>
    </message>
    <message>
        <source>Modified on or after</source>
        <translation>この日以降に変更</translation>
    </message>
    <message>
        <source>&amp;before</source>
        <translation>変更日 (以前)(&amp;B)</translation>
    </message>
    <message>
        <source>Only files modified on or before a date</source>
        <translation>指定日以前に変更されたファイルのみ</translation>
    </message>
    <message>
        <source>Modified on or before</source>
        <translation>この日以前に変更</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>検索結果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Browse a restore point</source>
        <translation>復元ポイントを参照(&amp;B)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>復元ポイント(&amp;P):</translation>
    </message>
    <message>
        <source>Restore point to browse</source>
        <translation>参照する復元ポイント</translation>
    </message>
    <message>
        <source>Choose a restore point</source>
        <translation>復元ポイントを選択</translation>
    </message>
    <message>
        <source>Volumes and folders of the restore point</source>
        <translation>復元ポイントのボリュームとフォルダー</translation>
    </message>
    <message>
        <source>&amp;Add to restore list</source>
        <translation>復元リストに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected files to the restore list</source>
        <translation>選択したファイルを復元リストに追加</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>復元リスト</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected files from the restore list</source>
        <translation>選択したファイルを復元リストから削除</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>リストをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every file from the restore list</source>
        <translation>復元リストからすべてのファイルを削除</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>復元先:</translation>
    </message>
    <message>
        <source>a &amp;folder</source>
        <translation>フォルダー(&amp;F)</translation>
    </message>
    <message>
        <source>Restore into a local folder</source>
        <translation>ローカルのフォルダーに復元</translation>
    </message>
    <message>
        <source>a .&amp;zip file</source>
        <translation>.zip ファイル(&amp;Z)</translation>
    </message>
    <message>
        <source>Download as a .zip file</source>
        <translation>.zip ファイルとしてダウンロード</translation>
    </message>
    <message>
        <source>Folder or .zip file on this computer</source>
        <translation>このコンピューター上のフォルダーまたは .zip ファイル</translation>
    </message>
    <message>
        <source>Restore target</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)...</translation>
    </message>
    <message>
        <source>Choose the restore target</source>
        <translation>復元先を選択</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>既存のファイルを上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Overwrite files that exist in the target folder</source>
        <translation>復元先フォルダーに既にあるファイルを上書きします</translation>
    </message>
    <message>
        <source>Without it, files that exist in the folder are kept and reported.</source>
        <translation>オフの場合、フォルダーに既にあるファイルは保持され、報告されます。</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Restore the files in the restore list</source>
        <translation>復元リストのファイルを復元</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>復元を実行中</translation>
    </message>
    <message numerus="yes">
        <source>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</source>
        <translation>
            <numerusform>復元リストに %n 台の VM (%1) のファイルが含まれています。ファイルは一度に 1 つのゲストにしか戻せません。ほかの VM のファイルをリストから削除するか、フォルダーまたは .zip ファイルに復元してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore to the original location in the &amp;guest...</source>
        <translation>ゲスト内の元の場所に復元(&amp;G)...</translation>
    </message>
    <message>
        <source>Restore the files into the running guest of their VM</source>
        <translation>ファイルを VM の実行中のゲストに復元</translation>
    </message>
    <message>
        <source>Over SSH, for files of one VM at a time.</source>
        <translation>SSH 経由で、一度に 1 つの VM のファイルを対象にします。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestFileModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Restore point %1; this version is in %n restore point(s).</source>
        <translation>
            <numerusform>復元ポイント %1。このバージョンは %n 個の復元ポイントにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>復元ポイント %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestRestoreDialog</name>
    <message>
        <source>Enter the guest&apos;s address (host name or IP address, optionally with :port).</source>
        <translation>ゲストのアドレスを入力してください (ホスト名または IP アドレス、必要に応じて :ポート)。</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>ゲストへのサインインに使うアカウントを入力してください。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its private key file.</source>
        <translation>アカウントのパスワードを入力するか、秘密鍵ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>何も復元されませんでした: %1</translation>
    </message>
    <message>
        <source>The restore failed (restore session %1): %2</source>
        <translation>復元に失敗しました (復元セッション %1): %2</translation>
    </message>
    <message>
        <source>Unknown guest</source>
        <translation>不明なゲスト</translation>
    </message>
    <message>
        <source>The guest %1 is not known yet.</source>
        <translation>ゲスト %1 はまだ認識されていません。</translation>
    </message>
    <message>
        <source>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</source>
        <translation>SSH ホスト鍵のフィンガープリント (SHA-256) は次のとおりです:
%1

ゲストの管理者から伝えられたフィンガープリント (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) と比較し、一致する場合にのみ受け入れてください。</translation>
    </message>
    <message>
        <source>Accept and restore</source>
        <translation>受け入れて復元</translation>
    </message>
    <message>
        <source>Nothing was restored: the guest&apos;s host key was not accepted.</source>
        <translation>何も復元されませんでした: ゲストのホスト鍵が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>Private key for the guest</source>
        <translation>ゲスト用の秘密鍵</translation>
    </message>
    <message>
        <source>Restore into the guest</source>
        <translation>ゲストに復元</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</source>
        <translation>
            <numerusform>%1 の %n 個の項目を、SSH (SFTP) 経由で実行中のゲスト内の元の場所に戻します。ゲストが実行中で、このコンピューターから到達できる必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest &amp;address:</source>
        <translation>ゲストのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :port</source>
        <translation>ホスト名または IP アドレス (必要に応じて :ポート)</translation>
    </message>
    <message>
        <source>Guest address</source>
        <translation>ゲストのアドレス</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>ゲストのアカウント</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Not stored anywhere</source>
        <translation>どこにも保存されません</translation>
    </message>
    <message>
        <source>Password of the guest account</source>
        <translation>ゲストのアカウントのパスワード</translation>
    </message>
    <message>
        <source>Private key fi&amp;le:</source>
        <translation>秘密鍵ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>Instead of the password (optional)</source>
        <translation>パスワードの代わりに (省略可)</translation>
    </message>
    <message>
        <source>Private key file of the guest account</source>
        <translation>ゲストのアカウントの秘密鍵ファイル</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)...</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <source>Guest roo&amp;t folder:</source>
        <translation>ゲストのルートフォルダー(&amp;T):</translation>
    </message>
    <message>
        <source>Folder where the guest&apos;s root is</source>
        <translation>ゲストのルートがあるフォルダー</translation>
    </message>
    <message>
        <source>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</source>
        <translation>ゲスト全体の場合は /。このアカウントでゲストのファイルがあるフォルダーの下にある場合 (chroot やコンテナー) はそのフォルダー。</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>既存のファイル:</translation>
    </message>
    <message>
        <source>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</source>
        <translation>保持する(&amp;K)。復元したコピーを _RESTORED_&lt;日付&gt;_&lt;時刻&gt;_&lt;名前&gt; として隣に置く</translation>
    </message>
    <message>
        <source>Keep existing files in the guest</source>
        <translation>ゲスト内の既存のファイルを保持</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the restored files</source>
        <translation>復元したファイルで上書きする(&amp;O)</translation>
    </message>
    <message>
        <source>Overwrite existing files in the guest</source>
        <translation>ゲスト内の既存のファイルを上書き</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>復元を実行中</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the files into the guest</source>
        <translation>ファイルをゲストに復元</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更日時</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemModel</name>
    <message>
        <source>Restore point %1</source>
        <translation>復元ポイント %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemsPage</name>
    <message>
        <source>There is no database item to restore.</source>
        <translation>復元するデータベースアイテムがありません。</translation>
    </message>
    <message>
        <source>Select the database to restore first.</source>
        <translation>先に復元するデータベースを選択してください。</translation>
    </message>
    <message>
        <source>Choose the file to save the dump in.</source>
        <translation>ダンプを保存するファイルを選択してください。</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>データベースサーバーの SSH アドレスとユーザーを入力してください。</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>鍵ファイルを選択するか、SSH パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</source>
        <translation>サーバーのホスト鍵のフィンガープリント (SHA256:...) を、サーバー管理者が ssh-keygen -lf で確認できる形式で入力してください。</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>%1 を復元しています...</translation>
    </message>
    <message>
        <source>Save the database dump as</source>
        <translation>データベースダンプの保存先</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>SSH 秘密鍵</translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>復元ポイントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</source>
        <translation>データベースを含む復元ポイントはまだありません。[ジョブ] タブでバックアップジョブにデータベースアイテム (PostgreSQL、MariaDB/MySQL) とゲストのアカウントを設定してください。次回の実行後、データベースがここに表示されます。</translation>
    </message>
    <message>
        <source>Select a database, then download its dump or restore it into a server.</source>
        <translation>データベースを選択し、ダンプをダウンロードするか、サーバーに復元してください。</translation>
    </message>
    <message>
        <source>Restoring %1... The restore runs in the engine; you can keep working.</source>
        <translation>%1 を復元しています... 復元はエンジンで実行されるため、作業を続けられます。</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>復元を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>復元セッション %1: %2。%3</translation>
    </message>
    <message>
        <source>Database items</source>
        <translation>データベースアイテム</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>VM(&amp;V):</translation>
    </message>
    <message>
        <source>Only items of this VM</source>
        <translation>この VM のアイテムのみ</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>すべての VM</translation>
    </message>
    <message>
        <source>Restore the selected database</source>
        <translation>選択したデータベースを復元</translation>
    </message>
    <message>
        <source>&amp;Download the dump to a file:</source>
        <translation>ダンプをファイルにダウンロード(&amp;D):</translation>
    </message>
    <message>
        <source>Download the dump to a file</source>
        <translation>ダンプをファイルにダウンロード</translation>
    </message>
    <message>
        <source>A new file on this computer</source>
        <translation>このコンピューター上の新しいファイル</translation>
    </message>
    <message>
        <source>Dump file</source>
        <translation>ダンプファイル</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>選択(&amp;H)...</translation>
    </message>
    <message>
        <source>Choose the dump file</source>
        <translation>ダンプファイルを選択</translation>
    </message>
    <message>
        <source>Restore into a database &amp;server over SSH</source>
        <translation>SSH 経由でデータベースサーバーに復元(&amp;S)</translation>
    </message>
    <message>
        <source>Restore into a database server over SSH</source>
        <translation>SSH 経由でデータベースサーバーに復元</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>ホスト名またはアドレス</translation>
    </message>
    <message>
        <source>Database server&apos;s SSH host</source>
        <translation>データベースサーバーの SSH ホスト</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ポート</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH ユーザー:</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH ユーザー</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>SSH 秘密鍵ファイル</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選択...</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>SSH 秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Only without a key</source>
        <translation>鍵を使わない場合のみ</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>ホスト鍵:</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint</source>
        <translation>サーバーのホスト鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>e.g. PGPORT=5433 (optional)</source>
        <translation>例: PGPORT=5433 (省略可)</translation>
    </message>
    <message>
        <source>Environment for the database commands</source>
        <translation>データベースコマンドの環境変数</translation>
    </message>
    <message>
        <source>&amp;Keep the original, restore as:</source>
        <translation>元のデータベースを残して別名で復元(&amp;K):</translation>
    </message>
    <message>
        <source>Restore beside the original under a new name</source>
        <translation>新しい名前で元のデータベースの横に復元</translation>
    </message>
    <message>
        <source>&lt;database&gt;_restored</source>
        <translation>&lt;データベース&gt;_restored</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>新しいデータベース名</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original</source>
        <translation>元のデータベースを上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Replace the original database</source>
        <translation>元のデータベースを置き換えます</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>復元を実行中</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobWizard</name>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>リソースプール</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>インベントリを読み取っています…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you may back up.</source>
        <translation>
            <numerusform>バックアップできるオブジェクト: %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in your inventory, left out: %1</source>
        <translation>インベントリにないため除外: %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Exclude the VM %1</source>
        <translation>VM %1 を除外</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>ディスク %1 (%2)</translation>
    </message>
    <message>
        <source>Exclude disk %1 of %2</source>
        <translation>%2 のディスク %1 を除外</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>バックアップ対象: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>リポジトリ: %1</translation>
    </message>
    <message>
        <source>the repository of your account</source>
        <translation>アカウントのリポジトリ</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n restore point(s) per VM</source>
        <translation>
            <numerusform>VM ごとに復元ポイントを %n 個保持</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed-block tracking: on</source>
        <translation>変更ブロック追跡: オン</translation>
    </message>
    <message>
        <source>Changed-block tracking: off</source>
        <translation>変更ブロック追跡: オフ</translation>
    </message>
    <message>
        <source>Quiesced snapshots</source>
        <translation>静止スナップショット</translation>
    </message>
    <message>
        <source>Guest files indexed for search</source>
        <translation>ゲストファイルを検索用にインデックス作成</translation>
    </message>
    <message>
        <source>Guest processing as %1 (%2)</source>
        <translation>%1 としてゲスト処理 (%2)</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>パスワードはシステムのキーチェーン内</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>データベースアイテム: %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>スケジュール: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed VMs %n time(s), %1 s apart</source>
        <translation>
            <numerusform>失敗した VM を %1 秒間隔で %n 回再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to %1 (%2)</source>
        <translation>%1 にレポート (%2)</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>ジョブ %1 の編集</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>新しいバックアップジョブ</translation>
    </message>
    <message>
        <source>How the job is listed and what it is for.</source>
        <translation>ジョブの一覧での表示名と用途です。</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</source>
        <translation>バックアップする VM とコンテナーにチェックを付けてください。後でコンテナーに追加された VM もバックアップされます。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Where the restore points go and how many are kept.</source>
        <translation>復元ポイントの保存先と保持数です。</translation>
    </message>
    <message>
        <source>Guest processing</source>
        <translation>ゲスト処理</translation>
    </message>
    <message>
        <source>Scripts around the snapshot over SSH, database items and file indexing.</source>
        <translation>SSH 経由でスナップショットの前後に実行するスクリプト、データベースアイテム、ファイルのインデックス作成です。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>When the job runs by itself, and how failed VMs are retried.</source>
        <translation>ジョブが自動的に実行されるタイミングと、失敗した VM の再試行方法です。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Who gets a report by e-mail when a run ends.</source>
        <translation>実行の終了時にレポートをメールで受け取る人です。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Finish saves the job.</source>
        <translation>[完了] でジョブを保存します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>ジョブ名</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>ジョブの説明</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>インベントリを検索</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>再読み込み(&amp;A)</translation>
    </message>
    <message>
        <source>Read the inventory from the server again</source>
        <translation>サーバーからインベントリを再度読み取る</translation>
    </message>
    <message>
        <source>VMs and containers to back up</source>
        <translation>バックアップする VM とコンテナー</translation>
    </message>
    <message>
        <source>&amp;Leave out VMs or disks of what is ticked above:</source>
        <translation>上でチェックしたものから除外する VM またはディスク(&amp;L):</translation>
    </message>
    <message>
        <source>VMs and disks to leave out</source>
        <translation>除外する VM とディスク</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>リポジトリのフォルダー</translation>
    </message>
    <message>
        <source>empty: the repository of your account</source>
        <translation>空欄: アカウントのリポジトリ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>リポジトリのフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Keep restore points:</source>
        <translation>保持する復元ポイント(&amp;K):</translation>
    </message>
    <message>
        <source>Restore points to keep per VM</source>
        <translation>VM ごとに保持する復元ポイント</translation>
    </message>
    <message>
        <source>Use &amp;changed-block tracking</source>
        <translation>変更ブロック追跡を使用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest for the snapshot (VMware Tools)</source>
        <translation>スナップショット用にゲストを静止 (VMware Tools)(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Index guest files for search</source>
        <translation>ゲストファイルを検索用にインデックス作成(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Guest processing (Linux guests over SSH)</source>
        <translation>ゲスト処理 (SSH 経由の Linux ゲスト)(&amp;G)</translation>
    </message>
    <message>
        <source>Guest &amp;user:</source>
        <translation>ゲストユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Guest user</source>
        <translation>ゲストユーザー</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>秘密鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <source>empty: sign in with a password</source>
        <translation>空欄: パスワードでサインイン</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>秘密鍵ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Guest password</source>
        <translation>ゲストのパスワード</translation>
    </message>
    <message>
        <source>unchanged; kept in the system keychain</source>
        <translation>変更なし (システムのキーチェーンに保存済み)</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Pre-&amp;freeze script:</source>
        <translation>pre-freeze スクリプト(&amp;F):</translation>
    </message>
    <message>
        <source>Pre-freeze script</source>
        <translation>pre-freeze スクリプト</translation>
    </message>
    <message>
        <source>Post-&amp;thaw script:</source>
        <translation>post-thaw スクリプト(&amp;T):</translation>
    </message>
    <message>
        <source>Post-thaw script</source>
        <translation>post-thaw スクリプト</translation>
    </message>
    <message>
        <source>A failing script only &amp;warns (the VM is still backed up)</source>
        <translation>スクリプトが失敗しても警告のみ (VM はバックアップされます)(&amp;W)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL databases</source>
        <translation>PostgreSQL データベース(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;MariaDB databases</source>
        <translation>MariaDB データベース(&amp;M)</translation>
    </message>
    <message>
        <source>Database &amp;environment:</source>
        <translation>データベースの環境変数(&amp;E):</translation>
    </message>
    <message>
        <source>Database environment</source>
        <translation>データベースの環境変数</translation>
    </message>
    <message>
        <source>PGHOST=… MYSQL_UNIX_PORT=…</source>
        <translation>PGHOST=… MYSQL_UNIX_PORT=…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message>
        <source>When the job runs</source>
        <translation>ジョブを実行するタイミング</translation>
    </message>
    <message>
        <source>Only when started</source>
        <translation>手動で開始したときのみ</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>N 時間ごと</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>別のジョブの後</translation>
    </message>
    <message>
        <source>At &amp;times:</source>
        <translation>時刻(&amp;T):</translation>
    </message>
    <message>
        <source>Times of day, separated by commas</source>
        <translation>時刻 (コンマ区切り)</translation>
    </message>
    <message>
        <source>22:00, 03:30</source>
        <translation>22:00, 03:30</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>曜日(&amp;D):</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>日付(&amp;M):</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Every &amp;hours:</source>
        <translation>間隔 (時間)(&amp;H):</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>実行の間隔 (時間)</translation>
    </message>
    <message>
        <source>After the &amp;job:</source>
        <translation>先行ジョブ(&amp;J):</translation>
    </message>
    <message>
        <source>The job this one runs after</source>
        <translation>このジョブの前に実行されるジョブ</translation>
    </message>
    <message>
        <source>Retr&amp;ies of failed VMs:</source>
        <translation>失敗した VM の再試行回数(&amp;I):</translation>
    </message>
    <message>
        <source>Retries of failed VMs</source>
        <translation>失敗した VM の再試行回数</translation>
    </message>
    <message>
        <source>&amp;Wait between retries:</source>
        <translation>再試行の間隔(&amp;W):</translation>
    </message>
    <message>
        <source>Seconds between retries</source>
        <translation>再試行の間隔 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>E-mail &amp;addresses:</source>
        <translation>メールアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>E-mail addresses for reports</source>
        <translation>レポートの送信先メールアドレス</translation>
    </message>
    <message>
        <source>ops@example.com, backup@example.com</source>
        <translation>ops@example.com, backup@example.com</translation>
    </message>
    <message>
        <source>&amp;Send a report:</source>
        <translation>レポートの送信(&amp;S):</translation>
    </message>
    <message>
        <source>When a report is sent</source>
        <translation>レポートを送信するタイミング</translation>
    </message>
    <message>
        <source>When a run fails</source>
        <translation>実行が失敗したとき</translation>
    </message>
    <message>
        <source>When a run warns or fails</source>
        <translation>実行で警告が出たか失敗したとき</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>毎回の実行後</translation>
    </message>
    <message>
        <source>Summary of the job</source>
        <translation>ジョブの概要</translation>
    </message>
    <message>
        <source>Why the job was not saved</source>
        <translation>ジョブを保存できなかった理由</translation>
    </message>
    <message>
        <source>Scheduled and retried runs sign in with my password (kept in the system keychain)</source>
        <translation>スケジュール実行と再試行は自分のパスワードでサインインする (システムのキーチェーンに保存)</translation>
    </message>
    <message>
        <source>Keep my password for scheduled runs</source>
        <translation>スケジュール実行用にパスワードを保存する</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Running %1% (%2)</source>
        <translation>実行中 %1% (%2)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>スケジュールなし</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>前回の結果</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>次回の実行</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsPage</name>
    <message>
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <source>Job finished: %1</source>
        <translation>ジョブが終了しました: %1</translation>
    </message>
    <message>
        <source>Job finished: %1 — %2</source>
        <translation>ジョブが終了しました: %1 — %2</translation>
    </message>
    <message>
        <source>Job started.</source>
        <translation>ジョブを開始しました。</translation>
    </message>
    <message>
        <source>Stopping the job; its snapshots are removed first.</source>
        <translation>ジョブを停止しています。先にスナップショットを削除します。</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>ジョブを検索</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Start the selected job</source>
        <translation>選択したジョブを開始</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>選択したジョブを停止</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Sessions of the selected job</source>
        <translation>選択したジョブのセッション</translation>
    </message>
    <message>
        <source>Log of the selected session</source>
        <translation>選択したセッションのログ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>セッションログ</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>実行中のジョブの進行状況</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>有効化(&amp;B)</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>無効化(&amp;B)</translation>
    </message>
    <message>
        <source>Enable the selected job</source>
        <translation>選択したジョブを有効化</translation>
    </message>
    <message>
        <source>Disable the selected job</source>
        <translation>選択したジョブを無効化</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>ジョブ %1 を保存しました。</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>ジョブ %1 を有効にしました。</translation>
    </message>
    <message>
        <source>Job %1 disabled.</source>
        <translation>ジョブ %1 を無効にしました。</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>ジョブの削除</translation>
    </message>
    <message>
        <source>Delete the job %1?</source>
        <translation>ジョブ %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its sessions and restore points stay; it no longer runs. This cannot be undone.</source>
        <translation>セッションと復元ポイントは残りますが、ジョブは今後実行されません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>ジョブ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Retrying the VMs that failed.</source>
        <translation>失敗した VM を再試行しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n 個のセッションを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>セッション %1 を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>セッションのエクスポート</translation>
    </message>
    <message>
        <source>The &amp;selected session</source>
        <translation>選択したセッション(&amp;S)</translation>
    </message>
    <message>
        <source>All sessions of your jobs &amp;between:</source>
        <translation>ジョブのすべてのセッション (期間)(&amp;B):</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (表計算ソフト用)</translation>
    </message>
    <message>
        <source>HTML (a report to read)</source>
        <translation>HTML (閲覧用レポート)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>and</source>
        <translation>～</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>新しいジョブ(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a backup job</source>
        <translation>バックアップジョブを作成</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected job</source>
        <translation>選択したジョブを編集</translation>
    </message>
    <message>
        <source>Delete the selected job</source>
        <translation>選択したジョブを削除</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Run the selected job again for the VMs that failed</source>
        <translation>選択したジョブを失敗した VM について再実行</translation>
    </message>
    <message>
        <source>E&amp;xport sessions…</source>
        <translation>セッションのエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>There are no backup jobs for your account yet. Create one with New job…</source>
        <translation>このアカウントにはまだバックアップジョブがありません。[新しいジョブ…] で作成してください。</translation>
    </message>
    <message>
        <source>PDF (a report to print or archive)</source>
        <translation>PDF (印刷・保管用のレポート)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Export sessions as CSV, HTML or PDF</source>
        <translation>セッションを CSV、HTML、PDF でエクスポート</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::KioskPolicy</name>
    <message>
        <source>The kiosk policy %1 is not valid: %2</source>
        <translation>キオスクポリシー %1 は無効です: %2</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot; は true または false にしてください。</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; must be a list of tab names.</source>
        <translation>&quot;tabs&quot; はタブ名のリストにしてください。</translation>
    </message>
    <message>
        <source>unknown tab &quot;%1&quot;; the tabs are %2.</source>
        <translation>不明なタブ &quot;%1&quot; です。タブは %2 です。</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; names no tab.</source>
        <translation>&quot;tabs&quot; にタブが指定されていません。</translation>
    </message>
    <message>
        <source>&quot;idle_minutes&quot; must be a number of minutes above 0.</source>
        <translation>&quot;idle_minutes&quot; には 0 より大きい分数を指定してください。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::LogViewer</name>
    <message>
        <source>Log — %1</source>
        <translation>ログ — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>ログをフィルター</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>ログ %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>About Lifeboat</source>
        <translation>Lifeboat について</translation>
    </message>
    <message>
        <source>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</source>
        <translation>Lifeboat %1
VMware vSphere と Cloud Director のためのセルフサービス型バックアップと復元。</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>Lifeboat について(&amp;A)</translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>エンジン停止: %1</translation>
    </message>
    <message>
        <source>You were not signed in automatically: %1</source>
        <translation>自動的にサインインできませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;VMs</source>
        <translation>VM(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>アイテム(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (administrator) on %2</source>
        <translation>%2 の %1 (管理者)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Signed out after %1 idle minutes.</source>
        <translation>%1 分間操作がなかったため、サインアウトしました。</translation>
    </message>
    <message>
        <source>This kiosk cannot be closed here: its policy sets no administrator password.</source>
        <translation>このキオスクはここでは閉じられません。ポリシーに管理者パスワードが設定されていません。</translation>
    </message>
    <message>
        <source>Close Lifeboat</source>
        <translation>Lifeboat を閉じる</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>管理者パスワード:</translation>
    </message>
    <message>
        <source>Wrong administrator password; Lifeboat stays open.</source>
        <translation>管理者パスワードが違います。Lifeboat は開いたままです。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>ジョブ %1: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 — %3</source>
        <translation>ジョブ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>オフライン: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OverviewPage</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>カタログを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3 journal</source>
        <translation>%1 / %2、ジャーナル %3</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>このインストール</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>カタログ:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>スキーマバージョン:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>エンドポイント:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>ジョブ:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreVmWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Restore points of %1</source>
        <translation>%1 の復元ポイント</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Choose the state of %1 to restore; the newest is selected.</source>
        <translation>復元する %1 の状態を選択してください。最新のものが選択されています。</translation>
    </message>
    <message>
        <source>Restore mode</source>
        <translation>復元モード</translation>
    </message>
    <message>
        <source>&amp;Keep the original: restore as a new VM next to it</source>
        <translation>元の VM を残す: 新しい VM としてその横に復元(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original VM</source>
        <translation>元の VM を上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Name of the restored VM</source>
        <translation>復元する VM の名前</translation>
    </message>
    <message>
        <source>&amp;Power on the VM after the restore</source>
        <translation>復元後に VM をパワーオン(&amp;P)</translation>
    </message>
    <message>
        <source>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</source>
        <translation>VM はパワーオフされ、ディスク、CPU、メモリが復元ポイントのものに置き換えられます。それ以降に書き込まれた内容はすべて失われます。VM の識別情報は維持されるため、バックアップジョブは引き続きこの VM を保護します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>%1 will be powered off and overwritten with its state of %2.</source>
        <translation>%1 はパワーオフされ、%2 時点の状態で上書きされます。</translation>
    </message>
    <message>
        <source>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</source>
        <translation>%2 時点の %1 を、%3 という名前の新しい VM として復元します。元の VM には変更を加えません。</translation>
    </message>
    <message>
        <source>It is powered on afterwards.</source>
        <translation>復元後にパワーオンします。</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>書き出し先フォルダー</translation>
    </message>
    <message>
        <source>The disks are written there as image files, sparse where they are empty.</source>
        <translation>ディスクはイメージファイルとしてそこに書き出されます。空の領域はスパースになります。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Extract</source>
        <translation>抽出(&amp;E)</translation>
    </message>
    <message>
        <source>The disks of %1 as of %2 will be written into %3.</source>
        <translation>%2 時点の %1 のディスクを %3 に書き出します。</translation>
    </message>
    <message>
        <source>Restore the vApp %1</source>
        <translation>vApp %1 を復元</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Members restored</source>
        <translation>復元されるメンバー</translation>
    </message>
    <message>
        <source>Newest restore point of each member</source>
        <translation>各メンバーの最新の復元ポイント</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Points in time of the vApp %1</source>
        <translation>vApp %1 の時点</translation>
    </message>
    <message>
        <source>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</source>
        <translation>%1 の各メンバーを最新の復元ポイントから、またはある時点より新しくない最新の復元ポイントから復元します。</translation>
    </message>
    <message>
        <source>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</source>
        <translation>元の VM を保持する(&amp;K): 各メンバーを新しい VM &lt;名前&gt;_restored として vApp 内の隣に復元</translation>
    </message>
    <message>
        <source>&amp;Overwrite the member VMs</source>
        <translation>メンバーの VM を上書きする(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Power on the VMs after the restore</source>
        <translation>復元後に VM の電源をオンにする(&amp;P)</translation>
    </message>
    <message>
        <source>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</source>
        <translation>各メンバーの電源をオフにし、そのディスク、CPU、メモリを復元ポイントのものに置き換えます。それ以降に書き込まれた内容はすべて失われます。</translation>
    </message>
    <message>
        <source>%1 as of %2 → %3</source>
        <translation>%1 (%2 時点) → %3</translation>
    </message>
    <message>
        <source>%1: not restored, no restore point</source>
        <translation>%1: 復元されません (復元ポイントなし)</translation>
    </message>
    <message>
        <source>The members of %1 will be powered off and overwritten:</source>
        <translation>%1 のメンバーは電源をオフにされ、上書きされます:</translation>
    </message>
    <message>
        <source>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</source>
        <translation>%1 のメンバーは vApp 内の新しい VM として復元されます。元の VM は変更されません:</translation>
    </message>
    <message>
        <source>They are powered on afterwards.</source>
        <translation>その後、電源がオンになります。</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SettingsDialog</name>
    <message>
        <source>Mail server saved.</source>
        <translation>メールサーバーを保存しました。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>テストメッセージを送信しました。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Mail server for job reports (administrators)</source>
        <translation>ジョブのレポートを送るメールサーバー (管理者用)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>セキュリティ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>送信者(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>ユーザー (省略可)(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>信頼する証明書(&amp;T):</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>なし (暗号化しない)</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>システムのキーチェーンに保存されます。空欄: 変更なし</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint, when the system does not trust the server</source>
        <translation>システムがサーバーを信頼していない場合の SHA-256 サムプリント</translation>
    </message>
    <message>
        <source>&amp;Save mail server</source>
        <translation>メールサーバーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>test address</source>
        <translation>テスト用アドレス</translation>
    </message>
    <message>
        <source>Address for a test message</source>
        <translation>テストメッセージの送信先アドレス</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>テスト送信(&amp;T)</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>テスト:</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SignInPage</name>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>vCenter サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter your user name, e.g. DOMAIN\Username or user@domain.</source>
        <translation>ユーザー名を入力してください (例: DOMAIN\Username、user@domain)。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>不明な証明書</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>このコンピューターは %1 の証明書を信頼していません。</translation>
    </message>
    <message>
        <source>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</source>
        <translation>SHA-256 サムプリント:
%1

管理者から伝えられたサムプリントと比較してください。一致する場合にのみ信頼してください。信頼すると、Lifeboat はこのサーバーのほかの証明書をすべて拒否します。</translation>
    </message>
    <message>
        <source>Trust and sign in</source>
        <translation>信頼してサインイン</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>サインインしていません: サーバーの証明書が信頼されませんでした。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Back up and restore your virtual machines, guest files and databases.</source>
        <translation>仮想マシン、ゲストファイル、データベースをバックアップおよび復元します。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>vcenter.example.com</source>
        <translation>vcenter.example.com</translation>
    </message>
    <message>
        <source>DOMAIN\Username or user@domain</source>
        <translation>DOMAIN\Username または user@domain</translation>
    </message>
    <message>
        <source>&amp;Remain signed in</source>
        <translation>サインインしたままにする(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain until you sign out.</source>
        <translation>サインアウトするまで、パスワードをシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>サインインエラー</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>リポジトリのフォルダー</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>開くリポジトリのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>接続先(&amp;C):</translation>
    </message>
    <message>
        <source>A vCenter server</source>
        <translation>vCenter サーバー</translation>
    </message>
    <message>
        <source>A repository folder, offline</source>
        <translation>リポジトリのフォルダー (オフライン)</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>リポジトリ(&amp;P):</translation>
    </message>
    <message>
        <source>/mnt/backup/lifeboat</source>
        <translation>/mnt/backup/lifeboat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Repository &amp;password:</source>
        <translation>リポジトリのパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</source>
        <translation>一覧から Cloud Director を選択してください。管理者は &apos;lifeboat-cli endpoint add URL --kind vcd&apos; で追加します。</translation>
    </message>
    <message>
        <source>Enter your user name as user@organization.</source>
        <translation>ユーザー名を ユーザー@組織 の形式で入力してください。</translation>
    </message>
    <message>
        <source>VMware Cloud Director</source>
        <translation>VMware Cloud Director</translation>
    </message>
    <message>
        <source>user@organization</source>
        <translation>ユーザー@組織</translation>
    </message>
    <message>
        <source>vcd.example.com</source>
        <translation>vcd.example.com</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsModel</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>サスペンド</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護済み</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>未保護</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>前回のバックアップ</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>ゲスト OS</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>ディスクサイズ</translation>
    </message>
    <message numerus="yes">
        <source>vApp with %n VM(s)</source>
        <translation>
            <numerusform>%n 台の VM を含む vApp</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%2 台中 %1 台がオン</translation>
    </message>
    <message>
        <source>Partly protected (%1 of %2)</source>
        <translation>一部保護 (%2 台中 %1 台)</translation>
    </message>
    <message>
        <source>The newest time every member of the vApp has a restore point for</source>
        <translation>vApp のすべてのメンバーに復元ポイントがある最新の時点</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsPage</name>
    <message>
        <source>Backing up %1 now.</source>
        <translation>%1 を今すぐバックアップしています。</translation>
    </message>
    <message>
        <source>%1 has no restore point yet; back it up first.</source>
        <translation>%1 にはまだ復元ポイントがありません。先にバックアップしてください。</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>%1 から復元しています…</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>復元セッション %1: %2。%3</translation>
    </message>
    <message>
        <source>Search VMs</source>
        <translation>VM を検索</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>復元(&amp;E)…</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>復元の進行状況</translation>
    </message>
    <message>
        <source>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</source>
        <translation>あなたのスコープには仮想マシンがありません。アカウントに割り当てられたフォルダー、リソースプール、vApp、タグを管理者に確認してください。</translation>
    </message>
    <message>
        <source>Extracting the disks of %1…</source>
        <translation>%1 のディスクを抽出しています…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n disk(s): %1</source>
        <translation>
            <numerusform>%n 個のディスクを抽出しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extract disks…</source>
        <translation>ディスクの抽出(&amp;E)…</translation>
    </message>
    <message>
        <source>Extract the disks of the selected VM</source>
        <translation>選択した VM のディスクを抽出</translation>
    </message>
    <message>
        <source>Backing up the vApp %1 now through %2.</source>
        <translation>vApp %1 を %2 で今すぐバックアップしています。</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>開始されませんでした: %1。</translation>
    </message>
    <message>
        <source>No backup job protects %1; create one in the Jobs tab.</source>
        <translation>%1 を保護しているバックアップジョブはありません。[ジョブ] タブで作成してください。</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point yet; back it up first.</source>
        <translation>vApp %1 の VM にはまだ復元ポイントがありません。先にバックアップしてください。</translation>
    </message>
    <message>
        <source>Restoring the vApp %1…</source>
        <translation>vApp %1 を復元しています…</translation>
    </message>
    <message>
        <source>vApp %1 restored: %2 (sessions %3).</source>
        <translation>vApp %1 を復元しました: %2 (セッション %3)。</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1.</source>
        <translation>復元されていません (復元ポイントなし): %1。</translation>
    </message>
    <message>
        <source>Back up the selected VM or vApp now</source>
        <translation>選択した VM または vApp を今すぐバックアップ</translation>
    </message>
    <message>
        <source>Restore the selected VM or vApp</source>
        <translation>選択した VM または vApp を復元</translation>
    </message>
    <message>
        <source>Virtual machines and vApps</source>
        <translation>仮想マシンと vApp</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcdClient</name>
    <message>
        <source>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</source>
        <translation>サーバーの API バージョン一覧を読み取れません (%1)。VMware Cloud Director のアドレスですか?</translation>
    </message>
    <message>
        <source>no SupportedVersions</source>
        <translation>SupportedVersions がありません</translation>
    </message>
    <message>
        <source>The server&apos;s query reply is not readable: %1</source>
        <translation>サーバーのクエリ応答を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 did not accept the session (HTTP 401).</source>
        <translation>%1 はセッションを受け入れませんでした (HTTP 401)。</translation>
    </message>
    <message>
        <source>%1 does not let this account do that: %2</source>
        <translation>%1 はこのアカウントにその操作を許可していません: %2</translation>
    </message>
    <message>
        <source>%1 refused API version %2: %3</source>
        <translation>%1 は API バージョン %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 が HTTP %2 を返しました: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>%1 に到達できません: %2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 への要求に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</source>
        <translation>%1 が提供する Cloud Director API バージョンは %2 ですが、Lifeboat が対応するのは %3 のみです。Cloud Director または Lifeboat をアップグレードしてください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</source>
        <translation>Cloud Director のアカウントは ユーザー@組織 の形式です (プロバイダーは ユーザー@System)。「%1」はこの形式ではありません。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</source>
        <translation>%1 は %2@%3 のサインインを拒否しました。ユーザー名、パスワード、組織のいずれかが間違っていますが、Cloud Director はどれかを示しません。</translation>
    </message>
    <message>
        <source>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</source>
        <translation>%1 はサインインを受け入れましたが、アクセストークンを送信しませんでした。Cloud Director 10.4 以降が必要です。</translation>
    </message>
    <message>
        <source>The session with %1 ended and signing in again did not help.</source>
        <translation>%1 とのセッションが終了し、再度サインインしても解決しませんでした。</translation>
    </message>
    <message>
        <source>The session with %1 ended, and signing in again failed: %2</source>
        <translation>%1 とのセッションが終了し、再度のサインインに失敗しました: %2</translation>
    </message>
    <message>
        <source>Powering on %1</source>
        <translation>%1 のパワーオン</translation>
    </message>
    <message>
        <source>Powering off %1</source>
        <translation>%1 のパワーオフ</translation>
    </message>
    <message>
        <source>Shutting down %1</source>
        <translation>%1 のシャットダウン</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>%1 のリセット</translation>
    </message>
    <message>
        <source>The server&apos;s task is not readable (%1).</source>
        <translation>サーバーのタスクを読み取れません (%1)。</translation>
    </message>
    <message>
        <source>no Task document</source>
        <translation>Task ドキュメントがありません</translation>
    </message>
    <message>
        <source>the task has no status</source>
        <translation>タスクにステータスがありません</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 はリクエストを拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 was refused by %2: %3</source>
        <translation>%1 は %2 に拒否されました: %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 は %2 で失敗しました: %3</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>サーバーは理由を示しませんでした</translation>
    </message>
    <message>
        <source>%1 was canceled on %2.</source>
        <translation>%1 は %2 でキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 was aborted on %2.</source>
        <translation>%1 は %2 で中止されました。</translation>
    </message>
    <message>
        <source>%1: the server&apos;s task has no address to follow.</source>
        <translation>%1: サーバーのタスクに追跡用のアドレスがありません。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</source>
        <translation>%1 は %2 秒以内に完了しませんでした (%4 では %3 のままで、タスクはそこで続行中です)。</translation>
    </message>
    <message>
        <source>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</source>
        <translation>vCenter の VM を vApp にインポートするにはプロバイダーのアカウント (USER@System) が必要です。%1 はプロバイダーとしてサインインしていません。</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>このクライアント</translation>
    </message>
    <message>
        <source>Importing %1 (%2) into the vApp %3</source>
        <translation>%1 (%2) の vApp %3 へのインポート</translation>
    </message>
    <message>
        <source>%1 finished the import, but the vApp %2 shows no VM named %3.</source>
        <translation>%1 はインポートを完了しましたが、vApp %2 に %3 という名前の VM が見つかりません。</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcenterLinks</name>
    <message>
        <source>The catalog could not read or write the Cloud Director vCenter links: %1</source>
        <translation>カタログで Cloud Director の vCenter リンクを読み書きできませんでした: %1</translation>
    </message>
    <message>
        <source>No link for the vCenter %1.</source>
        <translation>vCenter %1 のリンクはありません。</translation>
    </message>
    <message>
        <source>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</source>
        <translation>Cloud Director は VM %1 がどの vCenter VM に当たるかを示さないため、そのディスクにアクセスできません。Lifeboat には、組織のクエリ結果に含まれる VM の vCenter での識別情報が必要です。</translation>
    </message>
    <message>
        <source>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</source>
        <translation>組織 %1 の VM は複数の vCenter (%2) にあります。Lifeboat がバックアップできるのは、1 つの vCenter 上にある組織だけです。</translation>
    </message>
    <message>
        <source>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</source>
        <translation>%1 の VM は vCenter %2 上にありますが、この vCenter は Lifeboat のサーバーにリンクされていません。管理者が「lifeboat-cli vcd vcenter link」でリンクします。</translation>
    </message>
    <message>
        <source>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</source>
        <translation>%1 はプロバイダーのアカウントです。プロバイダーは vCenter 経由で Lifeboat を管理します。Cloud Director でのサインインは組織のユーザー用です。</translation>
    </message>
    <message>
        <source>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</source>
        <translation>組織 %1 はこのコンピューターで Lifeboat を使用していません。プロバイダーが「lifeboat-cli vcd org set」で追加します。</translation>
    </message>
    <message>
        <source>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</source>
        <translation>Lifeboat はあなたの組織の vCenter %1 に接続できません: サービスアカウント %2 のパスワードがシステムのキーチェーンにありません (%3)。プロバイダーにお問い合わせください。</translation>
    </message>
    <message>
        <source>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</source>
        <translation>プロバイダーが Lifeboat 用の Cloud Director アカウントを設定していません（&apos;lifeboat-cli vcd provider set&apos;）</translation>
    </message>
    <message>
        <source>the password of the provider&apos;s account %1 is not in the system keychain (%2)</source>
        <translation>プロバイダーのアカウント %1 のパスワードがシステムのキーチェーンにありません（%2）</translation>
    </message>
    <message>
        <source>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</source>
        <translation>Cloud Director はお使いの組織に各 VM がどの vCenter VM かを示さず、Lifeboat もプロバイダーとして問い合わせできません: %1。</translation>
    </message>
    <message>
        <source>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</source>
        <translation>%1 は vCenter にリストアされましたが、Cloud Director の vApp %2 には入っていません: %3。</translation>
    </message>
    <message>
        <source>%1 was restored but not powered on through Cloud Director: %2.</source>
        <translation>%1 はリストアされましたが、Cloud Director 経由で電源をオンにできませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreSource</name>
    <message>
        <source>Reading %1 at offset %2 failed: %3</source>
        <translation>%1 のオフセット %2 での読み取りに失敗しました: %3</translation>
    </message>
    <message>
        <source>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</source>
        <translation>データストアのファイル %1 はオフセット %2 より前で終わっています。ディスクのデータがすべて揃っていません。</translation>
    </message>
    <message>
        <source>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</source>
        <translation>%2 のオフセット %3 から %1 バイトを要求したところ、サーバーは HTTP %4 と %5 バイトを返しました。</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside the disk.</source>
        <translation>%2 からの %1 バイトの読み取りは、ディスクの範囲外です。</translation>
    </message>
    <message>
        <source>Reading %1 at offset %2 failed: the server did not answer within %3 s.</source>
        <translation>%1 のオフセット %2 での読み取りに失敗しました: サーバーから %3 秒以内に応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreUpload</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>ユーザーにより停止されました。</translation>
    </message>
    <message>
        <source>Writing %1 failed: the server did not take data for %2 s.</source>
        <translation>%1 の書き込みに失敗しました: サーバーが %2 秒間データを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2).</source>
        <translation>サーバーが %1 の保存を拒否しました (HTTP %2)。</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::InventoryCache</name>
    <message>
        <source>The catalog could not keep the inventory: %1</source>
        <translation>カタログにインベントリを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The catalog could not keep the inventory.</source>
        <translation>カタログにインベントリを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::TagClient</name>
    <message>
        <source>The tagging service&apos;s certificate is not the trusted one (%1).</source>
        <translation>タグ付けサービスの証明書が信頼済みの証明書と一致しません (%1)。</translation>
    </message>
    <message>
        <source>The tagging service refused %1: HTTP %2 %3</source>
        <translation>タグ付けサービスが %1 を拒否しました: HTTP %2 %3</translation>
    </message>
    <message>
        <source>The tagging service answered %1 with something that is not JSON.</source>
        <translation>タグ付けサービスが %1 に対して JSON ではない応答を返しました。</translation>
    </message>
    <message>
        <source>Cannot sign in to the tagging service: %1</source>
        <translation>タグ付けサービスにサインインできません: %1</translation>
    </message>
    <message>
        <source>There is no tag named %1.</source>
        <translation>%1 という名前のタグはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n tags are named %1 (in different categories); rename them so that the scope names one.</source>
        <translation>
            <numerusform>%1 という名前のタグが %n 個あります（別々のカテゴリ）。スコープが 1 つだけを指すように名前を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the objects tagged %1: %2</source>
        <translation>タグ %1 が付いたオブジェクトを読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot read the tags that scope %1: %2</source>
        <translation>%1 のスコープを決めるタグを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::VsphereClient</name>
    <message>
        <source>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</source>
        <translation>このコンピューターは %1 の証明書を信頼していません。SHA-256 サムプリントは %2 です。信頼する前に、管理者から伝えられたサムプリントと照合してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</source>
        <translation>%1 の証明書が変更されています: SHA-256 サムプリントは現在 %2 ですが、信頼済みなのは %3 です。接続を拒否しました。サーバーの証明書を意図的に置き換えた場合は、新しいサムプリントを信頼してください。</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 がユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The session with %1 has ended; sign in again.</source>
        <translation>%1 とのセッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 が %2 を返しました: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</source>
        <translation>%1 から vSphere API の応答ではなく HTTP %2 が返されました。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 との安全な接続を確立できませんでした: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>%1 へのリクエストに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 から応答がありましたが、vSphere のサービス記述ではありません。</translation>
    </message>
    <message>
        <source>The server&apos;s CurrentTime reply holds no time.</source>
        <translation>サーバーの CurrentTime 応答に時刻が含まれていません。</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read (%1).</source>
        <translation>サーバーのインベントリ応答を読み取れません (%1)。</translation>
    </message>
    <message>
        <source>not a property reply</source>
        <translation>プロパティの応答ではありません</translation>
    </message>
    <message>
        <source>The server created no view of its inventory.</source>
        <translation>サーバーはインベントリのビューを作成しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>%1 に接続できません: %2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s %1 reply cannot be read.</source>
        <translation>サーバーの%1応答を読み取れません。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>changed-block</source>
        <translation>変更ブロック</translation>
    </message>
    <message>
        <source>The server reported a changed area outside the disk.</source>
        <translation>サーバーがディスクの範囲外の変更領域を報告しました。</translation>
    </message>
    <message>
        <source>%1 is not a datastore path.</source>
        <translation>%1 はデータストアのパスではありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 は %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>The datastore has no file %1.</source>
        <translation>データストアにファイル %1 はありません。</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read.</source>
        <translation>サーバーのインベントリ応答を読み取れません。</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was lost (%1); the inventory is read in full.</source>
        <translation>サーバーの変更フィードが失われました (%1)。インベントリを完全に読み込みます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat backup and restore console</source>
        <translation>Lifeboat バックアップ・復元コンソール</translation>
    </message>
    <message>
        <source>SQLite catalog to use.</source>
        <translation>使用する SQLite カタログ。</translation>
    </message>
    <message>
        <source>Display language (en, de, fr, es, ja).</source>
        <translation>表示言語 (en, de, fr, es, ja)。</translation>
    </message>
    <message>
        <source>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</source>
        <translation>共有の復元キオスク用にコンソールをロックします (システム全体のポリシーファイルでも設定できます)。</translation>
    </message>
    <message>
        <source>Open a repository folder without any server or catalog (the offline restore workstation).</source>
        <translation>サーバーやカタログなしでリポジトリのフォルダーを開きます (オフライン復元ワークステーション)。</translation>
    </message>
</context>
</TS>
