<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>カタログを開けなかったため、エンジンは動作していません。</translation>
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
</context>
<context>
    <name>lifeboat::cli::Cli</name>
    <message>
        <source>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

Commands:
  version          print the version
  catalog info     show the catalog&apos;s location, schema and contents
  catalog migrate  open the catalog and upgrade its schema if needed
</source>
        <translation>使い方: lifeboat-cli [--catalog パス] [--json] コマンド

コマンド:
  version          バージョンを表示
  catalog info     カタログの場所・スキーマ・内容を表示
  catalog migrate  カタログを開き、必要ならスキーマをアップグレード
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
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
        <source>Engine ready</source>
        <translation>エンジン準備完了</translation>
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
</context>
</TS>
