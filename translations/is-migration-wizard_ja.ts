<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Add Test Case</source>
        <translation>テストケースの追加</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>What the case checks, e.g. &quot;Partner SSO login&quot;</source>
        <translation>このケースで確認する内容 (例:「パートナー SSO ログイン」)</translation>
    </message>
    <message>
        <source>Title of the test case</source>
        <translation>テストケースのタイトル</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Group the case is listed under</source>
        <translation>このケースを表示するグループ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Kind of test case</source>
        <translation>テストケースの種類</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>手順(&amp;S):</translation>
    </message>
    <message>
        <source>Steps of the test case</source>
        <translation>テストケースの手順</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>期待される結果(&amp;E):</translation>
    </message>
    <message>
        <source>Expected result of the test case</source>
        <translation>テストケースの期待される結果</translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Databases in the old deployment.toml</source>
        <translation>旧 deployment.toml のデータベース</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>接続テスト(&amp;C)</translation>
    </message>
    <message>
        <source>Test the connection and find the cleanup scripts</source>
        <translation>接続をテストし、クリーンアップスクリプトを探します</translation>
    </message>
    <message>
        <source>Scripts fro&amp;m:</source>
        <translation>スクリプトの取得元(&amp;M):</translation>
    </message>
    <message>
        <source>The IS home whose cleanup scripts run</source>
        <translation>クリーンアップスクリプトを実行する IS ホーム</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Scrip&amp;ts</source>
        <translation>スクリプト(&amp;T)</translation>
    </message>
    <message>
        <source>Cleanup scripts found; ticked ones run</source>
        <translation>見つかったクリーンアップスクリプト。チェックしたものが実行されます</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>プロシージャ</translation>
    </message>
    <message>
        <source>Knobs of the selected script; edit a value to change it</source>
        <translation>選択したスクリプトのパラメーター。値を編集すると変更できます</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Knob changes and problems</source>
        <translation>パラメーターの変更と問題</translation>
    </message>
    <message>
        <source>The selected script as it will run</source>
        <translation>実行される形での選択したスクリプト</translation>
    </message>
    <message>
        <source>Before You R&amp;un</source>
        <translation>実行前の確認(&amp;U)</translation>
    </message>
    <message>
        <source>The procedures delete rows. The wizard cannot bring them back; your backup can. Confirm each point for this database:</source>
        <translation>これらのプロシージャは行を削除します。ウィザードでは元に戻せませんが、バックアップからは戻せます。このデータベースについて各項目を確認してください:</translation>
    </message>
    <message>
        <source>&amp;A backup of this database was taken, and restoring it has been tried</source>
        <translation>このデータベースのバックアップを取得し、そのリストアも試しました(&amp;A)</translation>
    </message>
    <message>
        <source>The server&apos;s built-in token and session cleanup is switched &amp;off</source>
        <translation>サーバー組み込みのトークンとセッションのクリーンアップはオフになっています(&amp;O)</translation>
    </message>
    <message>
        <source>What deployment.toml says about the built-in cleanup</source>
        <translation>組み込みクリーンアップについての deployment.toml の設定</translation>
    </message>
    <message>
        <source>This is a &amp;low-traffic window, and the people on call know the cleanup runs</source>
        <translation>現在はトラフィックの少ない時間帯であり、当番の担当者はクリーンアップの実行を把握しています(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Skip the cleanup in this environment</source>
        <translation>この環境ではクリーンアップをスキップする(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <source>Why this environment goes ahead without the cleanup (recorded)</source>
        <translation>この環境がクリーンアップなしで進む理由 (記録されます)</translation>
    </message>
    <message>
        <source>Reason for skipping the cleanup</source>
        <translation>クリーンアップをスキップする理由</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>ドライラン(&amp;Y)</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>行数を数える (ドライラン)(&amp;R)</translation>
    </message>
    <message>
        <source>Count the rows the ticked scripts would remove, changing nothing</source>
        <translation>チェックしたスクリプトが削除する行数を、何も変更せずに数えます</translation>
    </message>
    <message>
        <source>Dry run state</source>
        <translation>ドライランの状態</translation>
    </message>
    <message>
        <source>Rows per table and how many the scripts would remove</source>
        <translation>テーブルごとの行数と、スクリプトが削除する行数</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>削除予定</translation>
    </message>
    <message>
        <source>Would be left</source>
        <translation>残る行数</translation>
    </message>
    <message>
        <source>What is still missing before the cleanup can run</source>
        <translation>クリーンアップを実行する前にまだ不足しているもの</translation>
    </message>
</context>
<context>
    <name>CleanupRunPage</name>
    <message>
        <source>What runs, where</source>
        <translation>実行内容と実行先</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>クリーンアップの進行状況</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>クリーンアップを中止(&amp;L)</translation>
    </message>
    <message>
        <source>Stop the running procedure on the server</source>
        <translation>サーバー上で実行中のプロシージャを停止します</translation>
    </message>
    <message>
        <source>The procedure&apos;s progress messages</source>
        <translation>プロシージャの進行状況メッセージ</translation>
    </message>
    <message>
        <source>Counts before and after each script</source>
        <translation>各スクリプトの前後の行数</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>前の行数</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除数</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>後の行数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>行/s</translation>
    </message>
    <message>
        <source>How the cleanup ended</source>
        <translation>クリーンアップの終了状況</translation>
    </message>
    <message>
        <source>&amp;Prepare Another Run</source>
        <translation>別の実行を準備(&amp;P)</translation>
    </message>
    <message>
        <source>Go back to the cleanup page to prepare another run</source>
        <translation>クリーンアップのページに戻って別の実行を準備します</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>比較(&amp;M):</translation>
    </message>
    <message>
        <source>Files to compare</source>
        <translation>比較するファイル</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>統合表示(&amp;U)</translation>
    </message>
    <message>
        <source>Show both files in one pane, removed lines above added ones</source>
        <translation>両方のファイルを 1 つのペインに表示します。削除行は追加行の上に表示されます</translation>
    </message>
    <message>
        <source>Unified view</source>
        <translation>統合表示</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>次へ(&amp;X)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Position among the changes</source>
        <translation>変更の中での位置</translation>
    </message>
    <message>
        <source>Show s&amp;ecrets</source>
        <translation>シークレットを表示(&amp;E)</translation>
    </message>
    <message>
        <source>Show passwords and other secret values on screen. Off again when you leave the page; never saved.</source>
        <translation>パスワードなどのシークレット値を画面に表示します。ページを離れるとオフに戻り、保存されることはありません。</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>シークレット値を表示</translation>
    </message>
    <message>
        <source>Edi&amp;t Result</source>
        <translation>結果を編集(&amp;T)</translation>
    </message>
    <message>
        <source>Edit the migrated deployment.toml by hand; it is checked again as you type</source>
        <translation>移行後の deployment.toml を手動で編集します。入力中に再度チェックされます</translation>
    </message>
    <message>
        <source>Edit the migrated result</source>
        <translation>移行後の結果を編集</translation>
    </message>
    <message>
        <source>Comparison of the configuration files</source>
        <translation>設定ファイルの比較</translation>
    </message>
    <message>
        <source>Check of the edited result</source>
        <translation>編集した結果のチェック</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>編集を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Go back to the result the proposed changes give</source>
        <translation>提案された変更による結果に戻します</translation>
    </message>
    <message>
        <source>Discard the manual edits</source>
        <translation>手動の編集を破棄</translation>
    </message>
    <message>
        <source>Migrated deployment.toml, editable</source>
        <translation>移行後の deployment.toml (編集可能)</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <source>Which items the list shows</source>
        <translation>リストに表示する項目</translation>
    </message>
    <message>
        <source>Counts of changes and findings</source>
        <translation>変更と検出事項の件数</translation>
    </message>
    <message>
        <source>Proposed changes and findings</source>
        <translation>提案された変更と検出事項</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <source>Details and remediation of the selected item</source>
        <translation>選択した項目の詳細と対処方法</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>この変更を移行後のファイルに適用します</translation>
    </message>
    <message>
        <source>Accept the selected change</source>
        <translation>選択した変更を承認</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>この変更を移行後のファイルに含めません</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>選択した変更を却下</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead</source>
        <translation>先に進んでも安全な理由</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead, e.g. &quot;keystore converted to PKCS12 in the new home&quot;; at least 8 characters</source>
        <translation>先に進んでも安全な理由 (例: 「新しいホームでキーストアを PKCS12 に変換済み」)。8 文字以上</translation>
    </message>
    <message>
        <source>Reason for acknowledging the blocker</source>
        <translation>ブロッカーを承認する理由</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>承認(&amp;K)</translation>
    </message>
    <message>
        <source>Record that you go ahead knowingly, with your reason, in the project journal</source>
        <translation>承知の上で先に進むことを、理由とともにプロジェクトのジャーナルに記録します</translation>
    </message>
    <message>
        <source>Acknowledge the selected blocker</source>
        <translation>選択したブロッカーを承認</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>まだ必要なもの</translation>
    </message>
    <message>
        <source>&amp;Write to New Home…</source>
        <translation>新しいホームに書き込む(&amp;W)…</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>移行後の deployment.toml を新しい IS ホームに書き込みます。置き換えられるファイルはタイムスタンプ付きのバックアップとして保持されます</translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new IS home</source>
        <translation>移行後の設定を新しい IS ホームに書き込む</translation>
    </message>
</context>
<context>
    <name>Ismw::AddCaseDialog</name>
    <message>
        <source>Functional</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>非機能</translation>
    </message>
</context>
<context>
    <name>Ismw::BuiltInCleanup</name>
    <message>
        <source>%1 is true (line %2)</source>
        <translation>%1 が true です (%2 行目)</translation>
    </message>
    <message>
        <source>%1 is not set, so it is on</source>
        <translation>%1 が設定されていないため、オンになっています</translation>
    </message>
    <message>
        <source>deployment.toml switches the built-in token and session cleanup off.</source>
        <translation>deployment.toml は組み込みのトークンとセッションのクリーンアップをオフにしています。</translation>
    </message>
    <message>
        <source>deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers and restart them before the procedures run.</source>
        <translation>deployment.toml では組み込みのクリーンアップがオンのままです: %1。プロシージャを実行する前に、稼働中のサーバーでこれらを false に設定し、サーバーを再起動してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::CheckCommand</name>
    <message>
        <source>Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.</source>
        <translation>移行の前提条件: ホーム、パス、ディスクとメモリー、Java、引き継ぐカスタマイズ。</translation>
    </message>
    <message>
        <source>The IS home migrated from.</source>
        <translation>移行元の IS ホーム。</translation>
    </message>
    <message>
        <source>The IS home of the newer release, freshly unpacked.</source>
        <translation>新しいリリースの IS ホーム (展開したばかりのもの)。</translation>
    </message>
    <message>
        <source>two IS homes needed, the old one and the new one; got %1.</source>
        <translation>IS ホームは旧と新の 2 つが必要ですが、%1 が指定されました。</translation>
    </message>
    <message>
        <source>%1 (IS %2)</source>
        <translation>%1 (IS %2)</translation>
    </message>
    <message>
        <source>Prerequisites: %1 → %2</source>
        <translation>前提条件: %1 → %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1、%2、%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>ブロッカー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>合格 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the CSV file to import.</source>
        <translation>%1 は存在しません。インポートする CSV ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 はフォルダーです。CSV ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a checklist. Check that it is the right file, or split it.</source>
        <translation>%1 は %2 MB より大きく、チェックリストとしては大きすぎます。正しいファイルか確認するか、ファイルを分割してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 holds binary data (line %2), so it is not a CSV file. Save the checklist as CSV text (UTF-8).</source>
        <translation>%1 にはバイナリデータが含まれているため (%2 行目)、CSV ファイルではありません。チェックリストを CSV テキスト (UTF-8) として保存してください。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 encoding.</source>
        <translation>%1 は UTF-8 テキストではありません (%2 行目)。UTF-8 エンコーディングの CSV として保存し直してください。</translation>
    </message>
    <message>
        <source>%1 is empty. A checklist file needs a header row (at least a “title” column) and one row per test case.</source>
        <translation>%1 は空です。チェックリストファイルには、ヘッダー行 (少なくとも「title」列) と、テストケースごとに 1 行が必要です。</translation>
    </message>
    <message>
        <source>the column “%1” appears twice; the first one is read.</source>
        <translation>列「%1」が 2 回出現します。最初の列が読み込まれます。</translation>
    </message>
    <message>
        <source>%1, line %2: the header row has no “title” column. The first row must name the columns: title (required), group, kind, steps, expected, id.</source>
        <translation>%1、%2 行目: ヘッダー行に「title」列がありません。最初の行で列名を指定してください: title (必須)、group、kind、steps、expected、id。</translation>
    </message>
    <message numerus="yes">
        <source>the column(s) %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</source>
        <translation>
            <numerusform>列 %1 は不明なため無視されました。読み込まれる列は title、group、kind、steps、expected、id です。</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file; the row is skipped. Add the missing &apos;&quot;&apos;.</source>
        <translation>引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません。この行はスキップされます。不足している &apos;&quot;&apos; を追加してください。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row is skipped. Check the separators and quotes.</source>
        <translation>ヘッダーは %2 フィールドですが、%1 フィールドあります。この行はスキップされます。区切り文字と引用符を確認してください。</translation>
    </message>
    <message>
        <source>the row has no title; it is skipped.</source>
        <translation>行にタイトルがありません。スキップされます。</translation>
    </message>
    <message>
        <source>the kind “%1” is neither functional nor non-functional; the row is skipped.</source>
        <translation>種類「%1」は functional でも non-functional でもありません。この行はスキップされます。</translation>
    </message>
    <message>
        <source>the same test case as line %1 (same id, or same title and group); the row is skipped.</source>
        <translation>%1 行目と同じテストケースです (同じ id、または同じタイトルとグループ)。この行はスキップされます。</translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistModel</name>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>手順: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>期待される結果: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when the test case&apos;s result was last changed.</extracomment>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>○ Not run</source>
        <translation>○ 未実行</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ 合格</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ 不合格</translation>
    </message>
    <message>
        <source>⛔ Blocked</source>
        <translation>⛔ ブロック</translation>
    </message>
    <message>
        <source>— Not applicable</source>
        <translation>— 該当なし</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>非機能</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>機能</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n passed</source>
        <translation>
            <numerusform>%n 件中 %1 件合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件不合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n 件ブロック</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3。</translation>
    </message>
    <message>
        <source>%1: notes removed.</source>
        <translation>%1: メモを削除しました。</translation>
    </message>
    <message>
        <source>%1: notes changed. Notes: %2</source>
        <translation>%1: メモを変更しました。メモ: %2</translation>
    </message>
    <message>
        <source>%1: evidence %2 attached (SHA-256 %3, %4 bytes).</source>
        <translation>%1: 証跡 %2 を添付しました (SHA-256 %3、%4 バイト)。</translation>
    </message>
    <message>
        <source>%1: evidence %2 (SHA-256 %3) removed.</source>
        <translation>%1: 証跡 %2 (SHA-256 %3) を削除しました。</translation>
    </message>
    <message>
        <source>%1 added to the group “%2” (%3).</source>
        <translation>%1 をグループ「%2」に追加しました (%3)。</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) added (%1); %2 already in the checklist or not valid.</source>
        <translation>
            <numerusform>%n 件のテストケースを追加しました (%1)。%2 件はすでにチェックリストにあるか、有効ではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed; its status was %2.</source>
        <translation>%1 を削除しました。ステータスは %2 でした。</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not run.</source>
        <translation>
            <numerusform>%n 件のテストケースを %1 から引き継ぎました (実行 %2、%3 に %4 が開始)。これらは未実行の状態から再開します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistTemplates</name>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>不明なキー「%1」。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>「%1」がありません。</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>「%1」は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>「%1」は空にできません。</translation>
    </message>
    <message>
        <source>“format” is missing.</source>
        <translation>「format」がありません。</translation>
    </message>
    <message>
        <source>Unknown checklist format; this program reads format 1.</source>
        <translation>不明なチェックリスト形式です。このプログラムが読み込めるのは format 1 です。</translation>
    </message>
    <message>
        <source>The file has no [[case]] tables.</source>
        <translation>ファイルに [[case]] テーブルがありません。</translation>
    </message>
    <message>
        <source>Cases are written as [[case]] tables.</source>
        <translation>ケースは [[case]] テーブルとして記述します。</translation>
    </message>
    <message>
        <source>A case must be a table.</source>
        <translation>ケースはテーブルでなければなりません。</translation>
    </message>
    <message>
        <source>“%1” is not an id: use lower-case words and digits joined by &apos;.&apos; or &apos;-&apos;.</source>
        <translation>「%1」は id ではありません: 小文字の単語と数字を &apos;.&apos; または &apos;-&apos; でつないでください。</translation>
    </message>
    <message>
        <source>The id is already used on line %1.</source>
        <translation>この id は %1 行目ですでに使われています。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use functional or non-functional.</source>
        <translation>不明な種類「%1」: functional または non-functional を使用してください。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>%1, case “%2”</source>
        <translation>%1、ケース「%2」</translation>
    </message>
    <message>
        <source>The templates are part of the program: please report this as a bug.</source>
        <translation>テンプレートはプログラムの一部です。バグとして報告してください。</translation>
    </message>
    <message>
        <source>Correct the file; the format is described in resources/checklists/README.md.</source>
        <translation>ファイルを修正してください。形式は resources/checklists/README.md に記載されています。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み取れません: %1。</translation>
    </message>
    <message>
        <source>The file is not valid TOML (%1).</source>
        <translation>ファイルは有効な TOML ではありません (%1)。</translation>
    </message>
    <message>
        <source>Own cases</source>
        <translation>独自のケース</translation>
    </message>
    <message>
        <source>Use the feature that relies on this component on the migrated server, as its users would.</source>
        <translation>移行後のサーバーで、このコンポーネントに依存する機能をユーザーと同じように使ってみます。</translation>
    </message>
    <message>
        <source>What the prerequisite check found: %1</source>
        <translation>前提条件チェックで検出された内容: %1</translation>
    </message>
    <message>
        <source>Custom components</source>
        <translation>カスタムコンポーネント</translation>
    </message>
    <message>
        <source>Custom component works after the migration: %1</source>
        <translation>移行後もカスタムコンポーネントが動作する: %1</translation>
    </message>
    <message>
        <source>It works as it did on the old server, and the server log shows no errors from it.</source>
        <translation>旧サーバーと同じように動作し、サーバーログにこのコンポーネントからのエラーがありません。</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupCommand</name>
    <message>
        <source>Runs the token and session cleanup procedures on a database, or counts what they would remove.</source>
        <translation>データベース上でトークンとセッションのクリーンアッププロシージャを実行するか、削除される行数を数えます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C (SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and the output says which.</source>
        <translation>終了コード: 0 削除された (または削除される) 行なし、1 行が削除された (または削除される)、2 不正な入力、またはサーバーが拒否したスクリプト、3 データベースに接続できないか失敗した、130 Ctrl+C (SIGINT) により中止、143 SIGTERM により中止。中止するとサーバー上のプロシージャが停止します。コミット済みのバッチは削除されたままとなり、処理中のバッチはロールバックされ、まだ開始していないスクリプトは実行されません。どれがそうなったかは出力に示されます。</translation>
    </message>
    <message>
        <source>The deployment.toml that names the database.</source>
        <translation>データベースを指定している deployment.toml。</translation>
    </message>
    <message>
        <source>The database entry, e.g. identity_db.</source>
        <translation>データベースのエントリー (例: identity_db)。</translation>
    </message>
    <message>
        <source>An IS home, or its dbscripts/identity/stored-procedures folder.</source>
        <translation>IS ホーム、またはその dbscripts/identity/stored-procedures フォルダー。</translation>
    </message>
    <message>
        <source>Only the token or only the session cleanup.</source>
        <translation>トークンのクリーンアップのみ、またはセッションのクリーンアップのみ。</translation>
    </message>
    <message>
        <source>Count what would be removed; change nothing.</source>
        <translation>削除される行数を数えます。何も変更しません。</translation>
    </message>
    <message>
        <source>Install and call the procedures: rows are deleted.</source>
        <translation>プロシージャをインストールして呼び出します。行が削除されます。</translation>
    </message>
    <message>
        <source>Read the database password from the first line of stdin.</source>
        <translation>データベースのパスワードを stdin の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Set a knob of the scripts before they run, e.g. batchSize=5000.</source>
        <translation>実行前にスクリプトのパラメーターを設定します (例: batchSize=5000)。</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>予期しない引数 %1。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 は必須です。</translation>
    </message>
    <message>
        <source>give exactly one of --dry-run and --execute.</source>
        <translation>--dry-run と --execute のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--only takes token or session, not %1.</source>
        <translation>--only に指定できるのは token または session です。%1 ではありません。</translation>
    </message>
    <message>
        <source>--set takes KNOB=VALUE, not %1.</source>
        <translation>--set には KNOB=VALUE を指定します。%1 ではありません。</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 にデータベース %2 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a database the cleanup procedures exist for (%2).</source>
        <translation>%1 はクリーンアッププロシージャが用意されているデータベースではありません (%2)。</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>stdin を読み取れません。</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>--password-stdin でパスワードを指定してください。</translation>
    </message>
    <message>
        <source>Could not ask %1 for its version: %2</source>
        <translation>%1 にバージョンを問い合わせられませんでした: %2</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>%1 に接続しました: %2 %3</translation>
    </message>
    <message>
        <source>Scripts for %1 %2 from %3</source>
        <translation>%1 %2 用のスクリプト (%3 から)</translation>
    </message>
    <message>
        <source>Skipped %1: for another server version</source>
        <translation>%1 をスキップしました: 別のサーバーバージョン用です</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>no token or session cleanup script for %1 below %2.</source>
        <translation>%2 配下に %1 用のトークンまたはセッションのクリーンアップスクリプトがありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3 …</source>
        <extracomment>%1 is &quot;Counting for&quot; (dry run) or &quot;Running&quot;, %2 the script, %3 the database.</extracomment>
        <translation>%1 %2 (%3 上) …</translation>
    </message>
    <message>
        <source>Counting for</source>
        <translation>カウント中:</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中:</translation>
    </message>
    <message>
        <source>Cancelling: asking the server to stop %1; batches already committed stay done …</source>
        <translation>中止しています: サーバーに %1 の停止を要求しています。コミット済みのバッチは完了したままです …</translation>
    </message>
    <message>
        <source>Still cancelling, please wait: the server rolls back the batch in flight.</source>
        <translation>中止処理中です。お待ちください: サーバーが処理中のバッチをロールバックしています。</translation>
    </message>
    <message>
        <source>  %1 of %2 rows would be removed</source>
        <translation>  %2 行中 %1 行が削除されます</translation>
    </message>
    <message>
        <source>  %1 rows removed in %2 ms (%3 rows/s)</source>
        <translation>  %1 行を %2 ms で削除しました (%3 行/s)</translation>
    </message>
    <message>
        <source>  rows before %1, after %2</source>
        <translation>  前の行数 %1、後の行数 %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>カウントなし</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Cancelled by %1: what was removed before the cancel is listed above; scripts marked “not run” were not started.</source>
        <translation>%1 により中止されました: 中止前に削除された内容は上に示されています。「未実行」と示されたスクリプトは開始されていません。</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupPage</name>
    <message>
        <source>Database Cleanup</source>
        <translation>データベースのクリーンアップ</translation>
    </message>
    <message>
        <source>Remove expired tokens and sessions from the old database before it is migrated, with the procedures the IS home ships. Count first; the run itself cannot be undone here.</source>
        <translation>移行前に、IS ホームに同梱のプロシージャを使って、期限切れのトークンとセッションを旧データベースから削除します。まず行数を数えてください。実行そのものはここでは元に戻せません。</translation>
    </message>
    <message>
        <source>Test the connection to see the scripts for that database&apos;s version.</source>
        <translation>接続をテストすると、そのデータベースのバージョン用のスクリプトが表示されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;WSO2 advises removing expired and inactive tokens and old sessions before a migration: the migration then moves less data and takes less time. The IS home ships stored procedures for that in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Pick the database (usually &lt;i&gt;identity_db&lt;/i&gt;) and &lt;b&gt;Test Connection&lt;/b&gt;. A password the configuration does not hold in plain text (secure vault, unset environment variable) is asked for here; it is used for this session only and never saved. The test reads the server&apos;s version and picks the script folders made for it.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Scripts&lt;/b&gt;, tick the scripts to run. Their knobs (batch size, safe period, backup tables, …) can be changed in the table; the changed text is what runs and what is hashed into the project record. Under &lt;b&gt;Before You Run&lt;/b&gt;, confirm the backup, the built-in cleanup switched off and the low-traffic window. The &lt;b&gt;Dry Run&lt;/b&gt; counts, per table, the rows the scripts would remove, without changing anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run Cleanup&lt;/b&gt; asks once more and then runs the procedures on the next page, where you see their progress messages and can cancel. After that there is no way back to this page for that run. To go on without the cleanup, tick &lt;b&gt;Skip&lt;/b&gt; and say why; it is journaled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WSO2 は、移行の前に期限切れや無効なトークンと古いセッションを削除することを推奨しています。そうすることで移行で移動するデータが減り、時間も短くなります。IS ホームには、そのためのストアドプロシージャが &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt; に同梱されています。&lt;/p&gt;&lt;p&gt;データベース (通常は &lt;i&gt;identity_db&lt;/i&gt;) を選択し、&lt;b&gt;接続テスト&lt;/b&gt; をクリックします。設定に平文で保存されていないパスワード (セキュアボールト、未設定の環境変数) はここで入力を求められます。このパスワードはこのセッションでのみ使用され、保存されることはありません。テストではサーバーのバージョンを読み取り、そのバージョン用のスクリプトフォルダーを選びます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;スクリプト&lt;/b&gt; で、実行するスクリプトにチェックを付けます。各スクリプトのパラメーター (バッチサイズ、安全期間、バックアップテーブルなど) は表で変更できます。変更後のテキストがそのまま実行され、プロジェクトの記録にハッシュとして残ります。&lt;b&gt;実行前の確認&lt;/b&gt; では、バックアップ、組み込みクリーンアップのオフ、トラフィックの少ない時間帯であることを確認します。&lt;b&gt;ドライラン&lt;/b&gt; では、何も変更せずに、スクリプトが削除する行数をテーブルごとに数えます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;クリーンアップを実行&lt;/b&gt; では最後にもう一度確認した後、次のページでプロシージャを実行します。そこで進行状況メッセージを確認でき、中止もできます。その後、その実行についてこのページに戻ることはできません。クリーンアップなしで進めるには、&lt;b&gt;スキップ&lt;/b&gt; にチェックを付けて理由を入力してください。これはジャーナルに記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>旧ホーム (%1)</translation>
    </message>
    <message>
        <source>New home (%1)</source>
        <translation>新しいホーム (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>asked for</source>
        <extracomment>The Password column: where a database&apos;s password comes from.</extracomment>
        <translation>入力で指定</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>nothing to clean</source>
        <translation>クリーンアップ対象なし</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Needed: the password is %1</source>
        <extracomment>%1 is where the password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>必要: パスワードは %1</translation>
    </message>
    <message>
        <source>Not needed: the password is %1</source>
        <translation>不要: パスワードは %1</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>✖ %1 cannot be reached from here: %2</source>
        <translation>✖ ここから %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>データベースが選択されていません。</translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2).</source>
        <translation>%1 (%2) のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>%1 に接続しています …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>テスト中 …</translation>
    </message>
    <message>
        <source>version unknown (%1)</source>
        <translation>バージョン不明 (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2.</source>
        <translation>✔ %1 に接続しました: %2。</translation>
    </message>
    <message>
        <source>Scripts for this server version: %1/%2.</source>
        <translation>このサーバーバージョン用のスクリプト: %1/%2。</translation>
    </message>
    <message>
        <source>The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or later. Run this one with the database&apos;s own client if you need it.</source>
        <translation>ウィザードが実行できるのは、MySQL、MariaDB、PostgreSQL 11 以降のトークンとセッションのクリーンアップです。このスクリプトが必要な場合は、データベース独自のクライアントで実行してください。</translation>
    </message>
    <message>
        <source>Restore script: %1</source>
        <translation>リストアスクリプト: %1</translation>
    </message>
    <message>
        <source>✖ No cleanup scripts for %1 below %2.</source>
        <translation>✖ %2 配下に %1 用のクリーンアップスクリプトがありません。</translation>
    </message>
    <message>
        <source>(set again later in the script) %1</source>
        <translation>(スクリプト内で後から再設定されます) %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (変更済み)</translation>
    </message>
    <message>
        <source>Changed from the script&apos;s own value</source>
        <translation>スクリプト本来の値から変更されています</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message numerus="yes">
        <source>%n knob(s) changed. The changed script is what the dry run counts and what runs.</source>
        <translation>
            <numerusform>%n 個のパラメーターが変更されています。ドライランで数えられ、実行されるのは変更後のスクリプトです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the count …</source>
        <translation>カウントを停止しています …</translation>
    </message>
    <message>
        <source>Counting for %1 …</source>
        <translation>%1 をカウントしています …</translation>
    </message>
    <message>
        <source>The dry run of %1 did not complete.</source>
        <translation>%1 のドライランが完了しませんでした。</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(スクリプトの %1 行目のステートメント)</translation>
    </message>
    <message>
        <source>%1 (knobs changed since)</source>
        <translation>%1 (その後パラメーターが変更されています)</translation>
    </message>
    <message>
        <source>✔ Rows the ticked scripts would remove: %1.</source>
        <translation>✔ チェックしたスクリプトが削除する行数: %1。</translation>
    </message>
    <message>
        <source>Choose the old IS home on the Prerequisites page first.</source>
        <translation>まず前提条件のページで旧 IS ホームを選択してください。</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 を読み取っています …</translation>
    </message>
    <message>
        <source>Say why the cleanup is skipped (at least %1 characters).</source>
        <translation>クリーンアップをスキップする理由を入力してください (%1 文字以上)。</translation>
    </message>
    <message>
        <source>Choose a database the cleanup procedures exist for, or skip the cleanup.</source>
        <translation>クリーンアッププロシージャが用意されているデータベースを選択するか、クリーンアップをスキップしてください。</translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation>接続をテストしています …</translation>
    </message>
    <message>
        <source>Test the connection to %1.</source>
        <translation>%1 への接続をテストしてください。</translation>
    </message>
    <message>
        <source>No cleanup scripts to run: choose the other IS home, or skip the cleanup.</source>
        <translation>実行するクリーンアップスクリプトがありません。もう一方の IS ホームを選択するか、クリーンアップをスキップしてください。</translation>
    </message>
    <message>
        <source>Tick at least one script to run.</source>
        <translation>実行するスクリプトを少なくとも 1 つチェックしてください。</translation>
    </message>
    <message>
        <source>Correct the knob values of %1.</source>
        <translation>%1 のパラメーターの値を修正してください。</translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation>カウントしています …</translation>
    </message>
    <message>
        <source>Make a dry run of the ticked scripts as they are now (Dry Run tab).</source>
        <translation>チェックしたスクリプトの現在の状態でドライランを行ってください ([ドライラン] タブ)。</translation>
    </message>
    <message>
        <source>Confirm each point under Before You Run.</source>
        <translation>[実行前の確認] の各項目を確認してください。</translation>
    </message>
    <message>
        <source>Stop Countin&amp;g</source>
        <translation>カウントを停止(&amp;G)</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>行数を数える (ドライラン)(&amp;R)</translation>
    </message>
    <message>
        <source>ℹ No database of %1 can be cleaned: %2</source>
        <translation>ℹ %1 にはクリーンアップできるデータベースがありません: %2</translation>
    </message>
    <message>
        <source>The cleanup is skipped; the reason goes into the project journal.</source>
        <translation>クリーンアップはスキップされます。理由はプロジェクトのジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.</source>
        <translation>✔ 準備完了。[クリーンアップを実行] ではもう一度確認した後、チェックしたスクリプトを %1 で実行します。</translation>
    </message>
    <message>
        <source>Run Cleanup</source>
        <translation>クリーンアップを実行</translation>
    </message>
    <message>
        <source>• %1 (procedure %2): rows to remove by the dry run: %3</source>
        <translation>• %1 (プロシージャ %2): ドライランでの削除予定行数: %3</translation>
    </message>
    <message numerus="yes">
        <source>Run %n cleanup script(s) on %1 (%2)?</source>
        <translation>
            <numerusform>%n 個のクリーンアップスクリプトを %1 (%2) で実行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts&apos; own backup tables, where their backupTables knob is on) can. You can cancel while they run.</source>
        <translation>プロシージャが削除した行は、ウィザードでは元に戻せません。バックアップ (および backupTables パラメーターがオンの場合はスクリプト独自のバックアップテーブル) からは戻せます。実行中に中止することもできます。</translation>
    </message>
    <message>
        <source>S&amp;kip Cleanup</source>
        <translation>クリーンアップをスキップ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunPage</name>
    <message>
        <source>✔ completed</source>
        <translation>✔ 完了</translation>
    </message>
    <message>
        <source>⚠ cancelled</source>
        <translation>⚠ 中止</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ 失敗</translation>
    </message>
    <message>
        <source>Running the Cleanup</source>
        <translation>クリーンアップの実行</translation>
    </message>
    <message>
        <source>The procedures run on the database server. Their own progress messages appear as they come; Cancel stops them on the server.</source>
        <translation>プロシージャはデータベースサーバー上で実行されます。プロシージャ自身の進行状況メッセージが届いた順に表示されます。[中止] でサーバー上のプロシージャを停止します。</translation>
    </message>
    <message>
        <source>The procedure&apos;s messages appear here.</source>
        <translation>プロシージャのメッセージがここに表示されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scripts you committed to run one after the other, each in a connection of its own. The messages are the procedure&apos;s own (PostgreSQL notices, MySQL and MariaDB result rows), shown as the server sends them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancel Cleanup&lt;/b&gt; asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). The batch in progress is rolled back by the server; batches it had committed stay removed. The wizard then counts the tables again and tells you what was and was not done. A script that fails or is cancelled stops the scripts after it.&lt;/p&gt;&lt;p&gt;Every script&apos;s result goes into the project: database, server version, the SHA-256 of the text that ran, the knob values, counts before and after, duration and messages. The durations estimate how long the cleanup will take in production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;実行を確定したスクリプトが、それぞれ専用の接続で 1 つずつ順番に実行されます。メッセージはプロシージャ自身のもの (PostgreSQL の通知、MySQL と MariaDB の結果行) で、サーバーが送信したとおりに表示されます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;クリーンアップを中止&lt;/b&gt; では、サーバーにプロシージャの停止を要求します (pg_cancel_backend、KILL QUERY)。処理中のバッチはサーバーによってロールバックされ、コミット済みのバッチは削除されたままになります。その後、ウィザードはテーブルを再度カウントし、何が行われ、何が行われなかったかを表示します。スクリプトが失敗するか中止されると、その後のスクリプトは実行されません。&lt;/p&gt;&lt;p&gt;各スクリプトの結果はプロジェクトに記録されます: データベース、サーバーバージョン、実行したテキストの SHA-256、パラメーターの値、前後の行数、所要時間、メッセージ。所要時間は、本番でクリーンアップにかかる時間の見積もりに使えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.</source>
        <translation>%1 でクリーンアッププロシージャが実行中です。まず中止して、停止するまでお待ちください。</translation>
    </message>
    <message>
        <source>Nothing to run: no cleanup was committed to.</source>
        <translation>実行するものがありません: 実行が確定したクリーンアップはありません。</translation>
    </message>
    <message>
        <source>On %1 (%2): %3</source>
        <translation>%1 (%2) 上: %3</translation>
    </message>
    <message>
        <source>── %1 (%2 of %3) ──</source>
        <translation>── %1 (%3 個中 %2 個目) ──</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>クリーンアップを中止(&amp;L)</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>中止しています …</translation>
    </message>
    <message>
        <source>Cancel requested: the server stops the procedure; then the tables are counted again.</source>
        <translation>中止を要求しました: サーバーがプロシージャを停止した後、テーブルを再度カウントします。</translation>
    </message>
    <message>
        <source>✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.</source>
        <translation>✔ クリーンアップが完了しました: %2 で %1 行を削除しました。プロジェクトに記録しました。</translation>
    </message>
    <message>
        <source>⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it after rolling back the batch in progress. Recorded in the project.</source>
        <translation>⚠ 中止しました。中止前に %1 行が削除されました。データベースは、処理中のバッチをロールバックした後のサーバーが残した状態です。プロジェクトに記録しました。</translation>
    </message>
    <message>
        <source>✖ %1 failed: %2</source>
        <translation>✖ %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(スクリプトの %1 行目のステートメント)</translation>
    </message>
    <message>
        <source>Batches committed before the failure stay removed. Recorded in the project.</source>
        <translation>失敗前にコミットされたバッチは削除されたままです。プロジェクトに記録しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) after it did not run.</source>
        <translation>
            <numerusform>その後の %n 個のスクリプトは実行されませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Script %1 of %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>スクリプト %1/%2 · %3 · メッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>完了 · %1</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunner</name>
    <message>
        <source>Running cleanup scripts for %1 is not supported yet.</source>
        <translation>%1 のクリーンアップスクリプトの実行はまだサポートされていません。</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.</source>
        <translation>%1 は PostgreSQL 9 形式の関数 (ループで呼び出すもの) です。このような関数の実行はまだサポートされていません。</translation>
    </message>
    <message>
        <source>The script sets no safePeriod; counting with 2 hours.</source>
        <translation>スクリプトで safePeriod が設定されていません。2 時間としてカウントします。</translation>
    </message>
    <message>
        <source>The wizard does not know which rows a &quot;%1&quot; script removes; no counts.</source>
        <translation>ウィザードは &quot;%1&quot; スクリプトがどの行を削除するかを把握していないため、カウントしません。</translation>
    </message>
    <message>
        <source>The script creates no procedure to call.</source>
        <translation>スクリプトは呼び出すプロシージャを作成しません。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (%2 上): %3</translation>
    </message>
    <message>
        <source>Could not select the schema %1</source>
        <translation>スキーマ %1 を選択できませんでした</translation>
    </message>
    <message>
        <source>Could not set the session time zone</source>
        <translation>セッションのタイムゾーンを設定できませんでした</translation>
    </message>
    <message>
        <source>Could not read the connection id</source>
        <translation>接続 ID を読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not start a read-only transaction</source>
        <translation>読み取り専用トランザクションを開始できませんでした</translation>
    </message>
    <message>
        <source>Could not count the rows of %1</source>
        <translation>%1 の行数を数えられませんでした</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows would be removed</source>
        <translation>%1: %3 行中 %2 行が削除されます</translation>
    </message>
    <message>
        <source>Line %1 of the script was refused</source>
        <translation>スクリプトの %1 行目が拒否されました</translation>
    </message>
    <message>
        <source>Cancelled before the procedure was called; nothing was removed.</source>
        <translation>プロシージャの呼び出し前に中止されました。何も削除されていません。</translation>
    </message>
    <message>
        <source>Cancelled by closing the connection; the rows could not be counted again: %1</source>
        <translation>接続を閉じて中止しました。行数を再度数えられませんでした: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the run (%2). Batches committed before that stay removed; count the rows again before running it once more.</source>
        <translation>実行中に %1 への接続が失われました (%2)。それまでにコミットされたバッチは削除されたままです。再度実行する前に行数を数え直してください。</translation>
    </message>
    <message>
        <source>The procedure %1 failed</source>
        <translation>プロシージャ %1 が失敗しました</translation>
    </message>
    <message>
        <source>The cancel could not be sent: %1</source>
        <translation>中止要求を送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the batch in flight was rolled back.</source>
        <translation>%1 ms 後に中止しました: 中止前にコミットされたバッチによって %2 行が削除されました。処理中のバッチはロールバックされました。</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 ms</source>
        <translation>%1 行を %2 ms で削除しました</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupScripts</name>
    <message>
        <source>%1 has no %2 folder, so there are no cleanup scripts to run. Point the wizard at the IS home the database belongs to.</source>
        <translation>%1 には %2 フォルダーがないため、実行するクリーンアップスクリプトがありません。データベースが属する IS ホームをウィザードに指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); some scripts may be missing from the list.</source>
        <translation>フォルダー %1 には、ウィザードが調べる範囲を超える内容があります (%2 エントリー、%3 階層)。一覧に表示されないスクリプトがある可能性があります。</translation>
    </message>
    <message>
        <source>This IS home has no cleanup scripts for %1 in %2.</source>
        <translation>この IS ホームには、%2 に %1 用のクリーンアップスクリプトがありません。</translation>
    </message>
    <message>
        <source>The scripts in this home are for %1 %2 and later; the server is %3. None of them is chosen.</source>
        <translation>このホームのスクリプトは %1 %2 以降用ですが、サーバーは %3 です。どのスクリプトも選択されていません。</translation>
    </message>
    <message>
        <source>The server version is not known yet: the scripts in %1 were chosen.</source>
        <translation>サーバーのバージョンはまだ不明です: %1 のスクリプトが選択されました。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was left out: it is not a cleanup script.</source>
        <translation>%1 は %2 MB より大きいため除外されました: クリーンアップスクリプトではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>No CREATE PROCEDURE or CREATE FUNCTION was found in this script.</source>
        <translation>このスクリプトには CREATE PROCEDURE も CREATE FUNCTION も見つかりませんでした。</translation>
    </message>
    <message>
        <source>This script creates a procedure, which PostgreSQL has only from version 11; the server is %1.</source>
        <translation>このスクリプトはプロシージャを作成しますが、PostgreSQL でプロシージャが使えるのはバージョン 11 からです。サーバーは %1 です。</translation>
    </message>
    <message>
        <source>%1 restores data, but no cleanup script of its kind (%2) was found.</source>
        <translation>%1 はデータを復元しますが、同じ種類 (%2) のクリーンアップスクリプトが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Ismw::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation>不明な形式「%1」: text または json を使用してください。</translation>
    </message>
    <message>
        <source>Output format: text (for people) or json (one object on stdout).</source>
        <translation>出力形式: text (人が読む用) または json (stdout に 1 つのオブジェクト)。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>使い方: %1 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>コマンドのオプションは「%1 COMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.</source>
        <translation>終了コード: 0 正常、1 警告、差分または検出事項あり、2 不正な入力または使い方、3 I/O またはデータベースの障害、130 または 143 SIGINT または SIGTERM によるクリーンアップの中止。</translation>
    </message>
    <message>
        <source>%1: the command line of the %2, for scripts and CI.</source>
        <translation>%1: %2 のコマンドライン (スクリプトと CI 用)。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>実行するコマンド (下記参照)。</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands.</source>
        <translation>コマンドの一覧は「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>%1 %2 (%3); knows WSO2 Identity Server %4 to %5</source>
        <translation>%1 %2 (%3)。対応: WSO2 Identity Server %4 ～ %5</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>不明なコマンド「%1」。</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigFileWriter</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>ファイル名を選択してください。</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be made: %2.</source>
        <translation>バックアップコピー %1 を作成できませんでした: %2。</translation>
    </message>
    <message>
        <source>Nothing was written. Check the free space and that you may write to the folder.</source>
        <translation>何も書き込まれていません。空き容量と、フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The backup copy %1 does not match the file it copies.</source>
        <translation>バックアップコピー %1 がコピー元のファイルと一致しません。</translation>
    </message>
    <message>
        <source>Nothing was written. Check the disk, then try again.</source>
        <translation>何も書き込まれていません。ディスクを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>ファイルを書き込めません: %1。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you may write to the folder.</source>
        <translation>何も変更されていません。フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space.</source>
        <translation>何も変更されていません。空き容量を確認してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space and that you may write to the folder.</source>
        <translation>何も変更されていません。空き容量と、フォルダーへの書き込み権限があることを確認してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigMigrator</name>
    <message>
        <source>The edit has no key.</source>
        <translation>編集にキーがありません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a table.</source>
        <translation>%1 はテーブルではありません。</translation>
    </message>
    <message>
        <source>The new value %1 is not a TOML value.</source>
        <translation>新しい値 %1 は TOML の値ではありません。</translation>
    </message>
    <message>
        <source>%1 is a table, not a key.</source>
        <translation>%1 はキーではなくテーブルです。</translation>
    </message>
    <message>
        <source>The edit has no new key.</source>
        <translation>編集に新しいキーがありません。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 を %2 に移動</translation>
    </message>
    <message>
        <source>Remove %1 (was %2)</source>
        <translation>%1 を削除 (元の値: %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>%1 = %2 を設定</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation>%1 を %2 から %3 に変更</translation>
    </message>
    <message>
        <source>Add %1 = %2 from the new release&apos;s default file</source>
        <translation>新しいリリースのデフォルトファイルから %1 = %2 を追加</translation>
    </message>
    <message>
        <source>The edit %1 cannot be applied: %2</source>
        <translation>編集 %1 を適用できません: %2</translation>
    </message>
    <message>
        <source>The release rules and this file disagree; please report this as a bug.</source>
        <translation>リリースのルールとこのファイルが一致しません。バグとして報告してください。</translation>
    </message>
    <message>
        <source>No release rules are loaded.</source>
        <translation>リリースのルールが読み込まれていません。</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>ルールはプログラムの一部です。バグとして報告してください。</translation>
    </message>
    <message>
        <source>Both the release to migrate from and the one to migrate to are needed.</source>
        <translation>移行元と移行先の両方のリリースが必要です。</translation>
    </message>
    <message>
        <source>Give releases such as 5.11.0 and %1.</source>
        <translation>5.11.0 や %1 のようにリリースを指定してください。</translation>
    </message>
    <message>
        <source>Migrating from %1 to %2 would go back to an older release.</source>
        <translation>%1 から %2 への移行は、古いリリースに戻ることになります。</translation>
    </message>
    <message>
        <source>The wizard only migrates forward; to go back, restore the old home and database from the backup.</source>
        <translation>ウィザードは新しいリリースへの移行のみを行います。元に戻すには、旧ホームとデータベースをバックアップからリストアしてください。</translation>
    </message>
    <message>
        <source>IS %1 is older than the releases the rules cover (%2 to %3).</source>
        <translation>IS %1 は、ルールが対応するリリース (%2 ～ %3) より古いです。</translation>
    </message>
    <message>
        <source>Migrate to %1 first as WSO2 documents it, then use the wizard from there.</source>
        <translation>まず WSO2 のドキュメントに従って %1 に移行し、そこからウィザードを使用してください。</translation>
    </message>
    <message>
        <source>%1 is not a release the rules know.</source>
        <translation>%1 はルールが認識しているリリースではありません。</translation>
    </message>
    <message>
        <source>Known releases: %1.</source>
        <translation>認識しているリリース: %1。</translation>
    </message>
    <message>
        <source>IS %1 is newer than the releases the rules cover (up to %2).</source>
        <translation>IS %1 は、ルールが対応するリリース (%2 まで) より新しいです。</translation>
    </message>
    <message>
        <source>Use a newer version of the wizard, whose rules know %1.</source>
        <translation>%1 に対応したルールを持つ、新しいバージョンのウィザードを使用してください。</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>not asked for: %1</source>
        <translation>要求されていない: %1</translation>
    </message>
    <message>
        <source>Plan the migration again for this file; the plan was made for another one.</source>
        <translation>このファイルについて移行を計画し直してください。計画は別のファイルについて作成されたものです。</translation>
    </message>
    <message>
        <source>The migrated configuration cannot be written as TOML: %1</source>
        <translation>移行後の設定を TOML として書き出せません: %1</translation>
    </message>
    <message>
        <source>The migrated configuration would not be valid TOML: %1</source>
        <translation>移行後の設定は有効な TOML になりません: %1</translation>
    </message>
    <message>
        <source>Nothing was written; please report this as a bug.</source>
        <translation>何も書き込まれていません。バグとして報告してください。</translation>
    </message>
    <message>
        <source>The migrated configuration differs from the old one in other ways than the accepted edits.</source>
        <translation>移行後の設定は、承認した編集以外の点でも旧設定と異なっています。</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigOutput</name>
    <message>
        <source>+ %1 = %2   (new line %3)</source>
        <translation>+ %1 = %2   (新 %3 行目)</translation>
    </message>
    <message>
        <source>- %1 = %2   (old line %3)</source>
        <translation>- %1 = %2   (旧 %3 行目)</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3   (lines %4 → %5)</source>
        <translation>~ %1: %2 → %3   (%4 → %5 行目)</translation>
    </message>
    <message>
        <source>! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)</source>
        <translation>! %1: %2 (%3) → %4 (%5)   (%6 → %7 行目)</translation>
    </message>
    <message>
        <source>&gt; %1 moved   (lines %2 → %3)</source>
        <translation>&gt; %1 を移動   (%2 → %3 行目)</translation>
    </message>
    <message>
        <source># %1: comments changed   (lines %2 → %3)</source>
        <translation># %1: コメントが変更されました   (%2 → %3 行目)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Fixed in the written file by the edit %1.</source>
        <translation>書き込まれたファイルでは編集 %1 によって修正されています。</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>検出事項なし</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>ブロッカー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>検出事項 %n 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a release: write it like 7.3.0.</source>
        <translation>「%1」はリリースではありません: 7.3.0 のように指定してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigurationPage</name>
    <message>
        <source>Blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your deployment.toml carried over to the new release. Review the proposed changes and the findings, then write the result into the new IS home.</source>
        <translation>deployment.toml を新しいリリースに引き継ぎます。提案された変更と検出事項を確認してから、結果を新しい IS ホームに書き込んでください。</translation>
    </message>
    <message>
        <source>Old file ↔ migrated result</source>
        <translation>旧ファイル ↔ 移行後の結果</translation>
    </message>
    <message>
        <source>Old file ↔ new release as shipped</source>
        <translation>旧ファイル ↔ 出荷時の新リリース</translation>
    </message>
    <message>
        <source>New release as shipped ↔ migrated result</source>
        <translation>出荷時の新リリース ↔ 移行後の結果</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>変更のみ</translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation>検出事項のみ</translation>
    </message>
    <message>
        <source>Blockers only</source>
        <translation>ブロッカーのみ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard reads the old home&apos;s &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt;, applies the release rules of every step between the two releases, and proposes a migrated file for the new home: your settings carried over, renamed keys renamed, keys the new release no longer knows removed or flagged.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt; shows the old file beside the migrated result (or beside the new release&apos;s own file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Previous&lt;/b&gt; (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.&lt;/p&gt;&lt;p&gt;The list holds the proposed changes, each of which you accept or reject, and the findings. A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until you acknowledge it with a reason; the reason goes into the project journal. &lt;b&gt;Edit Result&lt;/b&gt; lets you change the migrated file by hand; it is checked as you type.&lt;/p&gt;&lt;p&gt;Passwords and other secrets are masked unless you tick &lt;b&gt;Show secrets&lt;/b&gt;, which is never saved. &lt;b&gt;Write to New Home&lt;/b&gt; replaces the new home&apos;s deployment.toml in one step and keeps the file it replaces as a timestamped backup next to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ウィザードは旧ホームの &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt; を読み取り、2 つのリリース間の各段階のリリースルールを適用して、新しいホーム用の移行後のファイルを提案します。設定は引き継がれ、名前が変わったキーは名前が変更され、新しいリリースで認識されなくなったキーは削除されるか、フラグが付けられます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;比較&lt;/b&gt; では、旧ファイルと移行後の結果 (または新しいリリース自体のファイル) を、キーで行をそろえて並べて表示します。余白には追加 (+)、削除 (−)、変更 (~) された行が示されます。&lt;b&gt;次へ&lt;/b&gt; と &lt;b&gt;前へ&lt;/b&gt; (F7 と Shift+F7、または Alt+Down と Alt+Up) で変更を順に移動します。&lt;/p&gt;&lt;p&gt;リストには、承認または却下する提案された変更と、検出事項が表示されます。&lt;b&gt;ブロッカー&lt;/b&gt; がある場合、理由を付けて承認するまで [次へ] は無効のままです。理由はプロジェクトのジャーナルに記録されます。&lt;b&gt;結果を編集&lt;/b&gt; では移行後のファイルを手動で変更でき、入力中にチェックされます。&lt;/p&gt;&lt;p&gt;パスワードなどのシークレットは、&lt;b&gt;シークレットを表示&lt;/b&gt; にチェックを付けない限りマスクされます。この設定は保存されません。&lt;b&gt;新しいホームに書き込む&lt;/b&gt; は新しいホームの deployment.toml を 1 回の操作で置き換え、置き換えられるファイルはタイムスタンプ付きのバックアップとして同じ場所に保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The IS homes are not chosen yet.</source>
        <translation>IS ホームがまだ選択されていません。</translation>
    </message>
    <message>
        <source>Choose them on the previous page.</source>
        <translation>前のページで選択してください。</translation>
    </message>
    <message>
        <source>Reading the configuration files…</source>
        <translation>設定ファイルを読み取っています…</translation>
    </message>
    <message>
        <source>Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).</source>
        <translation>%1 → %2 の設定を分析しました: 提案された変更 %3 件、検出事項 %4 件 (ブロッカー %5 件)。</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>旧ホーム (%1)</translation>
    </message>
    <message>
        <source>Migrated result, edited by hand (%1)</source>
        <translation>移行後の結果、手動編集済み (%1)</translation>
    </message>
    <message>
        <source>Migrated result (%1)</source>
        <translation>移行後の結果 (%1)</translation>
    </message>
    <message>
        <source>New home as shipped (%1)</source>
        <translation>出荷時の新しいホーム (%1)</translation>
    </message>
    <message>
        <source>✔ Fixed by a change</source>
        <translation>✔ 変更により修正済み</translation>
    </message>
    <message>
        <source>✔ Acknowledged</source>
        <translation>✔ 承認済み</translation>
    </message>
    <message>
        <source>✖ Needs acknowledgement</source>
        <translation>✖ 承認が必要</translation>
    </message>
    <message>
        <source>Fixed by a change</source>
        <translation>変更により修正済み</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>修正は適用されていません</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>手動の手順</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Tick to apply this change to the migrated file, untick to leave it out</source>
        <translation>チェックするとこの変更を移行後のファイルに適用し、外すと含めません</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a proposed change or a finding in the list: what it is and what to do about it show here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リストで提案された変更または検出事項を選択すると、その内容と対処方法がここに表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Proposed change: %1</source>
        <translation>提案された変更: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Key: %1 → %2</source>
        <translation>キー: %1 → %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <source>Value now: %1</source>
        <translation>現在の値: %1</translation>
    </message>
    <message>
        <source>Value after: %1</source>
        <translation>変更後の値: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>ルール: %1</translation>
    </message>
    <message>
        <source>From the new release&apos;s shipped deployment.toml</source>
        <translation>新しいリリースに同梱の deployment.toml から</translation>
    </message>
    <message>
        <source>Not applied unless you accept it.</source>
        <translation>承認しない限り適用されません。</translation>
    </message>
    <message>
        <source>The result has hand edits: discard them to accept or reject proposed changes.</source>
        <translation>結果に手動の編集があります: 提案された変更を承認または却下するには、編集を破棄してください。</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>The proposed change that fixes it is rejected: %1</source>
        <translation>これを修正する提案された変更は却下されています: %1</translation>
    </message>
    <message>
        <source>Fixed by the proposed change: %1</source>
        <translation>提案された変更により修正済み: %1</translation>
    </message>
    <message>
        <source>The key is not in the old file.</source>
        <translation>このキーは旧ファイルにありません。</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>承認済み:</translation>
    </message>
    <message>
        <source>Next stays disabled until you acknowledge this blocker with a reason of at least %1 characters.</source>
        <translation>%1 文字以上の理由を付けてこのブロッカーを承認するまで、[次へ] は無効のままです。</translation>
    </message>
    <message>
        <source>Discard your hand edits first</source>
        <translation>まず手動の編集を破棄してください</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>この変更を移行後のファイルに適用します</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>この変更を移行後のファイルに含めません</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>承認(&amp;K)</translation>
    </message>
    <message>
        <source>Proposed change %1 accepted: %2.</source>
        <translation>提案された変更 %1 を承認しました: %2。</translation>
    </message>
    <message>
        <source>Proposed change %1 rejected: %2.</source>
        <translation>提案された変更 %1 を却下しました: %2。</translation>
    </message>
    <message>
        <source>Blocker %1 on %2 acknowledged: %3</source>
        <translation>%2 のブロッカー %1 を承認しました: %3</translation>
    </message>
    <message>
        <source>Not in the old file: %1 = %2</source>
        <translation>旧ファイルにありません: %1 = %2</translation>
    </message>
    <message>
        <source>Was %1 in the old file</source>
        <translation>旧ファイルでは %1 でした</translation>
    </message>
    <message>
        <source>✖ Line %1, column %2: %3</source>
        <translation>✖ %1 行、%2 列: %3</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Correct it here, or discard your edits.</source>
        <translation>ここで修正するか、編集を破棄してください。</translation>
    </message>
    <message>
        <source>Checking the edited result…</source>
        <translation>編集した結果をチェックしています…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid TOML. %n key(s) differ from the proposed result.</source>
        <translation>
            <numerusform>✔ 有効な TOML です。%n 個のキーが提案された結果と異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid TOML: the proposed result, not edited yet.</source>
        <translation>✔ 有効な TOML です: 提案された結果で、まだ編集されていません。</translation>
    </message>
    <message>
        <source>Edits that did not parse were undone when the secrets were hidden.</source>
        <translation>解析できなかった編集は、シークレットを非表示にしたときに取り消されました。</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>変更 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to
%1?</source>
        <translation>移行後の設定を次の場所に書き込みますか?
%1</translation>
    </message>
    <message>
        <source>The file there now is first copied to a backup next to it,
%1.bak-YYYYMMDD-HHMMSS,
then replaced in one step: it is never left half-written.</source>
        <translation>現在そこにあるファイルは、まず同じ場所のバックアップ
%1.bak-YYYYMMDD-HHMMSS
にコピーされ、その後 1 回の操作で置き換えられます。書きかけの状態で残ることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) are not acknowledged yet: the new home may not start with this file.</source>
        <translation>
            <numerusform>%n 件のブロッカーがまだ承認されていません: このファイルでは新しいホームが起動しない可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to New Home</source>
        <translation>新しいホームに書き込む</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込む</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>✖ Not written: %1</source>
        <translation>✖ 書き込まれていません: %1</translation>
    </message>
    <message>
        <source>The file in the new home is unchanged.</source>
        <translation>新しいホームのファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <source>✔ Written to %1 (there was no file to replace).</source>
        <translation>✔ %1 に書き込みました (置き換えるファイルはありませんでした)。</translation>
    </message>
    <message>
        <source>✔ Written to %1. The file it replaced is kept as %2.</source>
        <translation>✔ %1 に書き込みました。置き換えられたファイルは %2 として保持されています。</translation>
    </message>
    <message>
        <source>Migrated configuration written to %1 (SHA-256 %2).</source>
        <translation>移行後の設定を %1 に書き込みました (SHA-256 %2)。</translation>
    </message>
    <message>
        <source>Backup of the replaced file: %1.</source>
        <translation>置き換えられたファイルのバックアップ: %1。</translation>
    </message>
    <message>
        <source>Rejected changes: %1.</source>
        <translation>却下した変更: %1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Keys edited by hand: %1.</source>
        <translation>手動で編集したキー: %1。</translation>
    </message>
    <message>
        <source>Edited by hand before writing %1</source>
        <translation>%1 の書き込み前に手動で編集</translation>
    </message>
    <message>
        <source>Reading and analysing the configuration…</source>
        <translation>設定を読み取って分析しています…</translation>
    </message>
    <message>
        <source>Writing the migrated configuration…</source>
        <translation>移行後の設定を書き込んでいます…</translation>
    </message>
    <message>
        <source>The configuration could not be analysed: see above.</source>
        <translation>設定を分析できませんでした: 上記を参照してください。</translation>
    </message>
    <message>
        <source>The configuration is read once the IS homes are chosen.</source>
        <translation>IS ホームを選択すると設定が読み取られます。</translation>
    </message>
    <message>
        <source>The edited result is not valid (line %1): correct it or discard your edits.</source>
        <translation>編集した結果が有効ではありません (%1 行目): 修正するか、編集を破棄してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to acknowledge: select each in the list and give a reason.</source>
        <translation>
            <numerusform>承認が必要なブロッカーが %n 件あります: リストで各ブロッカーを選択し、理由を入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new home to continue.</source>
        <translation>続行するには、移行後の設定を新しいホームに書き込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>(%n rejected)</source>
        <translation>
            <numerusform>(却下 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出事項 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>ブロッカー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>The new home&apos;s deployment.toml already holds this result</source>
        <translation>新しいホームの deployment.toml にはすでにこの結果が入っています</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>移行後の deployment.toml を新しい IS ホームに書き込みます。置き換えられるファイルはタイムスタンプ付きのバックアップとして保持されます</translation>
    </message>
</context>
<context>
    <name>Ismw::CustomizationChecks</name>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>Rebuild it against the dependencies of %1, test it, and put the rebuilt jar into %2 of the new home.</source>
        <translation>%1 の依存関係に合わせて再ビルドしてテストし、再ビルドした jar を新しいホームの %2 に配置してください。</translation>
    </message>
    <message>
        <source>Dropin %1: the new home has %2</source>
        <translation>Dropin %1: 新しいホームには %2 があります</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3. Make sure that version is the one rebuilt for %4 and carries the old one&apos;s changes.</source>
        <translation>旧ホームの %2 には %1 があり、新しいホームには別のバージョンがあります: %3。そのバージョンが %4 用に再ビルドされたもので、旧バージョンの変更を含んでいることを確認してください。</translation>
    </message>
    <message>
        <source>Dropin %1</source>
        <translation>Dropin %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks: %3.</source>
        <translation>旧ホームの %2 には %1 がありますが、新しいホームにはありません: %3。</translation>
    </message>
    <message>
        <source>Library %1: the new home has %2</source>
        <translation>ライブラリ %1: 新しいホームには %2 があります</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3.</source>
        <translation>旧ホームの %2 には %1 があり、新しいホームには別のバージョンがあります: %3。</translation>
    </message>
    <message>
        <source>Keep one version only: the one that works with %1. Two versions of a library in %2 load in an undefined order.</source>
        <translation>%1 で動作するバージョンだけを残してください。%2 に同じライブラリの 2 つのバージョンがあると、読み込み順序は不定になります。</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>ライブラリ %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks.</source>
        <translation>旧ホームの %2 には %1 がありますが、新しいホームにはありません。</translation>
    </message>
    <message>
        <source>%1 may need a newer driver version than %2: take the current %3 driver built for the Java version %1 runs on.</source>
        <translation>%1 には %2 より新しいドライバーバージョンが必要な場合があります: %1 が動作する Java バージョン向けにビルドされた、最新の %3 ドライバーを使用してください。</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2: the new home has %3</source>
        <translation>%1 JDBC ドライバー %2: 新しいホームには %3 があります</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3; the new home has %4.</source>
        <translation>旧ホームの %3 には %1 JDBC ドライバー %2 があり、新しいホームには %4 があります。</translation>
    </message>
    <message>
        <source>Keep the newer driver only, if it works with your database server. %1</source>
        <translation>データベースサーバーで動作するなら、新しいほうのドライバーだけを残してください。%1</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2</source>
        <translation>%1 JDBC ドライバー %2</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the new home cannot reach the database.</source>
        <translation>旧ホームの %3 には %1 JDBC ドライバー %2 がありますが、新しいホームにはありません。これがないと新しいホームはデータベースに接続できません。</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home. %3</source>
        <translation>%1 JDBC ドライバーを新しいホームの %2 にコピーしてください。%3</translation>
    </message>
    <message>
        <source>User store %1</source>
        <translation>ユーザーストア %1</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 differs from the one in the new home: %2.</source>
        <translation>旧ホームの %1 は新しいホームのものと異なります: %2。</translation>
    </message>
    <message>
        <source>The old home has %1 in %3, which the new home lacks: %2.</source>
        <translation>旧ホームの %3 には %1 がありますが、新しいホームにはありません: %2。</translation>
    </message>
    <message>
        <source>%1 keystore %2</source>
        <translation>%1 キーストア %2</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 (%2) was changed after the home was unpacked, e.g. with the server&apos;s own certificate or added trusted certificates.</source>
        <translation>旧ホームの %1 (%2) は、ホームの展開後に変更されています (例: サーバー独自の証明書や、追加された信頼済み証明書)。</translation>
    </message>
    <message>
        <source>The old home has the %1 keystore %2 in %3, which the new home lacks.</source>
        <translation>旧ホームの %3 には %1 キーストア %2 がありますが、新しいホームにはありません。</translation>
    </message>
    <message>
        <source>%1 uses PKCS12 keystores by default; this one is JKS.</source>
        <translation>%1 はデフォルトで PKCS12 キーストアを使用しますが、このキーストアは JKS です。</translation>
    </message>
    <message>
        <source>Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of the new home and name it in deployment.toml. Or copy it as it is and keep JKS with type = &quot;JKS&quot; in its [keystore.*] or [truststore] section.</source>
        <translation>PKCS12 に変換し (keytool がパスワードを尋ねます): %1、%2.p12 を新しいホームの %3 にコピーして、deployment.toml で指定してください。または、そのままコピーし、[keystore.*] または [truststore] セクションで type = &quot;JKS&quot; として JKS のまま使用してください。</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home; deployment.toml names it with type = &quot;%2&quot;.</source>
        <translation>新しいホームの %1 にコピーしてください。deployment.toml では type = &quot;%2&quot; として指定します。</translation>
    </message>
    <message>
        <source>Web app %1</source>
        <translation>Web アプリ %1</translation>
    </message>
    <message>
        <source>The old home deploys %1 in %3, which the new home lacks: %2.</source>
        <translation>旧ホームの %3 には %1 がデプロイされていますが、新しいホームにはありません: %2。</translation>
    </message>
    <message>
        <source>Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it in %2 of the new home, or decide it is not needed.</source>
        <translation>%1 に合わせて再ビルドし (サーブレットコンテナーや API が変わっている可能性があります)、新しいホームの %2 にデプロイするか、不要であると判断してください。</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>テナント %1</translation>
    </message>
    <message>
        <source>The old home has the tenant folder %1, which the new home lacks. The tenant&apos;s data moves with the databases; its files (user stores, keystores) do not.</source>
        <translation>旧ホームにはテナントフォルダー %1 がありますが、新しいホームにはありません。テナントのデータはデータベースとともに移行されますが、ファイル (ユーザーストア、キーストア) は移行されません。</translation>
    </message>
    <message>
        <source>Copy %1 to the new home.</source>
        <translation>%1 を新しいホームにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>The folder %1 of the old home cannot be read (%2), so its files could not be compared with the new home&apos;s.</source>
        <translation>旧ホームのフォルダー %1 を読み取れないため (%2)、そのファイルを新しいホームのものと比較できませんでした。</translation>
    </message>
    <message>
        <source>Run the checks as the user that owns the old home, or grant read access to the folder (e.g. chmod -R u+rX), and check again; or compare the folder by hand.</source>
        <translation>旧ホームを所有するユーザーとしてチェックを実行するか、フォルダーへの読み取り権限を付与して (例: chmod -R u+rX) 再度チェックしてください。または、フォルダーを手動で比較してください。</translation>
    </message>
    <message>
        <source>Configuration file %1</source>
        <translation>設定ファイル %1</translation>
    </message>
    <message>
        <source>The old home has %1, which the new home lacks.</source>
        <translation>旧ホームには %1 がありますが、新しいホームにはありません。</translation>
    </message>
    <message>
        <source>The old home has %1; the new home lacks it and its folder %2.</source>
        <translation>旧ホームには %1 がありますが、新しいホームにはそのファイルもフォルダー %2 もありません。</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home, and check that %2 still reads it.</source>
        <translation>新しいホームの %1 にコピーし、%2 が引き続きこのファイルを読み込むことを確認してください。</translation>
    </message>
    <message>
        <source>Find out where %1 configures what this file did (deployment.toml or another file), or decide it is not needed.</source>
        <translation>このファイルが行っていた設定を %1 がどこで行うか (deployment.toml または別のファイル) を確認するか、不要であると判断してください。</translation>
    </message>
    <message>
        <source>Changed configuration file %1</source>
        <translation>変更された設定ファイル %1</translation>
    </message>
    <message>
        <source>%1 of the old home was changed after the home was unpacked (%2) and differs from the new home&apos;s.</source>
        <translation>旧ホームの %1 はホームの展開後に変更されており (%2)、新しいホームのものと異なります。</translation>
    </message>
    <message>
        <source>Compare the two files and carry your changes into the new home&apos;s %1; do not copy the old file over it, it belongs to the old release.</source>
        <translation>2 つのファイルを比較し、変更内容を新しいホームの %1 に反映してください。旧ファイルで上書きしないでください。旧ファイルは旧リリースのものです。</translation>
    </message>
    <message>
        <source>%1 only partly compared</source>
        <translation>%1 は一部のみ比較されました</translation>
    </message>
    <message>
        <source>%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the first ones were compared with the new home.</source>
        <translation>旧ホームの %1 には %2 を超えるエントリーがあるか、%3 階層より深くなっています。最初の部分だけが新しいホームと比較されました。</translation>
    </message>
    <message>
        <source>Compare the rest of %1 by hand, or remove what does not belong there.</source>
        <translation>%1 の残りを手動で比較するか、そこに属さないものを削除してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseConnection</name>
    <message>
        <source>The URL of %1 cannot be used: %2</source>
        <translation>%1 の URL は使用できません: %2</translation>
    </message>
    <message>
        <source>%1 has no database the wizard can connect to.</source>
        <translation>%1 には、ウィザードが接続できるデータベースがありません。</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>データベース %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (%2): the connection was refused.</source>
        <translation>%1 (%2) で接続を受け付けるものがありません: 接続が拒否されました。</translation>
    </message>
    <message>
        <source>Check that the database server is running and listens on that address and port (bind address, firewall), and that the URL in deployment.toml names the right port.</source>
        <translation>データベースサーバーが実行中で、そのアドレスとポートで待ち受けていること (バインドアドレス、ファイアウォール)、また deployment.toml の URL が正しいポートを指定していることを確認してください。</translation>
    </message>
    <message>
        <source>The database host %1 is unknown: its name does not resolve (%2).</source>
        <translation>データベースホスト %1 は不明です: 名前を解決できません (%2)。</translation>
    </message>
    <message>
        <source>The database host %1 cannot be reached from this machine (%2).</source>
        <translation>このマシンからデータベースホスト %1 に到達できません (%2)。</translation>
    </message>
    <message>
        <source>Check the host name in the URL and that this machine can reach it (DNS, VPN, routing, firewall).</source>
        <translation>URL のホスト名と、このマシンからそのホストに到達できること (DNS、VPN、ルーティング、ファイアウォール) を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>%1 のデータベースサーバーが %n 秒以内に応答しませんでした (%2)。</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection without a word, or the server is overloaded. Check the address and port and try again.</source>
        <translation>ファイアウォールが通知なしに接続を破棄しているか、サーバーが過負荷になっている可能性があります。アドレスとポートを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password of user %2 (database %3).</source>
        <translation>%1 のサーバーがユーザー %2 のユーザー名またはパスワードを拒否しました (データベース %3)。</translation>
    </message>
    <message>
        <source>Check the user name and enter the password again: the one in deployment.toml may be outdated, or the account locked.</source>
        <translation>ユーザー名を確認し、パスワードを再入力してください: deployment.toml のパスワードが古いか、アカウントがロックされている可能性があります。</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 (%3).</source>
        <translation>%1 のサーバーにデータベース %2 はありません (%3)。</translation>
    </message>
    <message>
        <source>Check the database name in the URL; many servers tell upper and lower case apart.</source>
        <translation>URL のデータベース名を確認してください。多くのサーバーは大文字と小文字を区別します。</translation>
    </message>
    <message>
        <source>The server at %1 does not let user %2 connect to database %3 from this machine.</source>
        <translation>%1 のサーバーは、このマシンからユーザー %2 がデータベース %3 に接続することを許可していません。</translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this host and user (PostgreSQL: pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of &apos;user&apos;@&apos;host&apos; and the grants on the database).</source>
        <translation>このホストとユーザーを許可するよう、データベース管理者に依頼してください (PostgreSQL: pg_hba.conf と CONNECT 権限、MySQL/MariaDB: &apos;user&apos;@&apos;host&apos; のホスト部分とデータベースに対する権限)。</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask for TLS (%2).</source>
        <translation>%1 のサーバーは暗号化 (TLS) 接続のみを受け付けますが、URL で TLS が要求されていません (%2)。</translation>
    </message>
    <message>
        <source>Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</source>
        <translation>サーバーが想定する方法で URL の TLS をオンにしてください (PostgreSQL: sslmode=require、MySQL: sslMode=REQUIRED、SQL Server: encrypt=true)。</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 could not be set up (%2): %3</source>
        <translation>%1 への暗号化 (TLS) 接続を確立できませんでした (%2): %3</translation>
    </message>
    <message>
        <source>The URL asks for TLS (%1). Check that the server has TLS switched on and that its certificate is signed by an authority this machine trusts (the system&apos;s CA certificates) and names the host of the URL.</source>
        <translation>URL は TLS を要求しています (%1)。サーバーで TLS がオンになっていること、その証明書がこのマシンが信頼する認証局 (システムの CA 証明書) によって署名され、URL のホストを示していることを確認してください。</translation>
    </message>
    <message>
        <source>The ODBC driver for %1 could not be loaded (%2): %3</source>
        <translation>%1 の ODBC ドライバーを読み込めませんでした (%2): %3</translation>
    </message>
    <message>
        <source>Check that the ODBC driver named in the connection is installed and registered in odbcinst.ini.</source>
        <translation>接続で指定された ODBC ドライバーがインストールされ、odbcinst.ini に登録されていることを確認してください。</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <translation>%1 (%2) への接続に失敗しました: %3</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection, and the URL asks for TLS</source>
        <translation>サーバーが接続を暗号化しませんでしたが、URL は TLS を要求しています</translation>
    </message>
    <message>
        <source>Could not read the server version of %1: %2</source>
        <translation>%1 のサーバーバージョンを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The server %1 reported the version &quot;%2&quot;, which the wizard cannot read.</source>
        <translation>サーバー %1 が報告したバージョン &quot;%2&quot; をウィザードは読み取れません。</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseCredentials</name>
    <message>
        <source>The password read from standard input is longer than %1 bytes; pass only the password, on one line.</source>
        <translation>標準入力から読み取ったパスワードが %1 バイトを超えています。パスワードのみを 1 行で渡してください。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>標準入力でパスワードが指定されませんでした。</translation>
    </message>
    <message>
        <source>The password of %1 is %2.</source>
        <extracomment>%1 is the database entry, %2 where its password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>%1 のパスワードは %2。</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseDrivers</name>
    <message>
        <source>Install Microsoft&apos;s &quot;ODBC Driver 18 for SQL Server&quot; (the package msodbcsql18 from Microsoft&apos;s package repository for your distribution), or FreeTDS (Debian/Ubuntu: the package tdsodbc).</source>
        <translation>Microsoft の &quot;ODBC Driver 18 for SQL Server&quot; (お使いのディストリビューション向けの Microsoft パッケージリポジトリにあるパッケージ msodbcsql18)、または FreeTDS (Debian/Ubuntu: パッケージ tdsodbc) をインストールしてください。</translation>
    </message>
    <message>
        <source>Install the Oracle Instant Client &quot;Basic&quot; and &quot;ODBC&quot; packages (a download from Oracle; there is no Debian package) and register the driver with the odbc_update_ini.sh script that comes with them.</source>
        <translation>Oracle Instant Client の &quot;Basic&quot; と &quot;ODBC&quot; パッケージ (Oracle からダウンロード。Debian パッケージはありません) をインストールし、付属の odbc_update_ini.sh スクリプトでドライバーを登録してください。</translation>
    </message>
    <message>
        <source>Install the &quot;IBM Data Server Driver for ODBC and CLI&quot; (a download from IBM; there is no Debian package) and register it in /etc/odbcinst.ini.</source>
        <translation>&quot;IBM Data Server Driver for ODBC and CLI&quot; (IBM からダウンロード。Debian パッケージはありません) をインストールし、/etc/odbcinst.ini に登録してください。</translation>
    </message>
    <message>
        <source>The database has no usable URL.</source>
        <translation>データベースに使用可能な URL がありません。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1, which the wizard needs for %2, is not installed. Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.</source>
        <translation>ウィザードが %2 に必要とする Qt SQL ドライバー %1 がインストールされていません。インストールして (Debian/Ubuntu: sudo apt install %3)、ウィザードを再起動してください。</translation>
    </message>
    <message>
        <source>%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo apt install unixodbc) and an ODBC driver for %1. %2</source>
        <translation>%1 には ODBC 経由で接続しますが、このマシンでは unixODBC がセットアップされていません: odbcinst ツールも odbcinst.ini ファイルもありません。unixODBC (Debian/Ubuntu: sudo apt install unixodbc) と %1 用の ODBC ドライバーをインストールしてください。%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4</source>
        <translation>%1 用の ODBC ドライバーがインストールされていません (%2 で見つかった ODBC ドライバー: %3)。%4</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseTarget</name>
    <message>
        <source>type is &quot;h2&quot; but the URL points at %1; the wizard goes by the URL.</source>
        <translation>type は &quot;h2&quot; ですが、URL は %1 を指しています。ウィザードは URL に従います。</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not a database type the wizard knows; the wizard goes by the URL.</source>
        <translation>type &quot;%1&quot; はウィザードが認識しているデータベースの種類ではありません。ウィザードは URL に従います。</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot; but the URL points at %2; the wizard goes by the URL.</source>
        <translation>type は &quot;%1&quot; ですが、URL は %2 を指しています。ウィザードは URL に従います。</translation>
    </message>
    <message>
        <source>[%1] has no url.</source>
        <translation>[%1] に url がありません。</translation>
    </message>
    <message>
        <source>Add url = &quot;jdbc:…&quot; to the section.</source>
        <translation>セクションに url = &quot;jdbc:…&quot; を追加してください。</translation>
    </message>
    <message>
        <source>The URL uses the environment variable %1, which is not set for the wizard.</source>
        <translation>URL は環境変数 %1 を使用していますが、ウィザードに対して設定されていません。</translation>
    </message>
    <message>
        <source>Start the wizard with the variable set as the server has it.</source>
        <translation>サーバーと同じように変数を設定してウィザードを起動してください。</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have.</source>
        <translation>%1 はファイルにないキーを指しています。</translation>
    </message>
    <message>
        <source>Read from this process&apos;s environment: %1.</source>
        <translation>このプロセスの環境から読み取りました: %1。</translation>
    </message>
    <message>
        <source>The URL names %1 hosts for failover or load balancing; the wizard connects to the first, %2.</source>
        <translation>URL ではフェイルオーバーまたは負荷分散用に %1 個のホストが指定されています。ウィザードは最初のホスト %2 に接続します。</translation>
    </message>
    <message>
        <source>The URL names no database; PostgreSQL then uses the one named like the user.</source>
        <translation>URL でデータベースが指定されていません。この場合、PostgreSQL はユーザーと同じ名前のデータベースを使用します。</translation>
    </message>
    <message>
        <source>The URL names a Db2 database catalogued on the server&apos;s machine (%1), not a host: the wizard can reach it only where the same catalogue entry exists.</source>
        <translation>URL ではホストではなく、サーバーのマシンにカタログされた Db2 データベース (%1) が指定されています: ウィザードが接続できるのは、同じカタログエントリーが存在する場所からだけです。</translation>
    </message>
    <message>
        <source>The URL names the TNS alias %1: the Oracle client of this machine must know it (tnsnames.ora, TNS_ADMIN).</source>
        <translation>URL では TNS エイリアス %1 が指定されています: このマシンの Oracle クライアントがこれを認識している必要があります (tnsnames.ora、TNS_ADMIN)。</translation>
    </message>
    <message>
        <source>This H2 database runs as a server, but H2 remains unfit for production.</source>
        <translation>この H2 データベースはサーバーとして実行されていますが、H2 は依然として本番には適していません。</translation>
    </message>
    <message>
        <source>written in deployment.toml</source>
        <translation>deployment.toml に記述されています</translation>
    </message>
    <message>
        <source>written in the JDBC URL</source>
        <translation>JDBC URL に記述されています</translation>
    </message>
    <message>
        <source>kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password</source>
        <translation>セキュアボールトに %1 として保存されており、ウィザードは復号できません: パスワードの入力を求めます</translation>
    </message>
    <message>
        <source>read from the environment variable %1 of this process</source>
        <translation>このプロセスの環境変数 %1 から読み取ります</translation>
    </message>
    <message>
        <source>the environment variable %1, which is not set for the wizard: it asks for the password</source>
        <translation>環境変数 %1 ですが、ウィザードに対して設定されていません: パスワードの入力を求めます</translation>
    </message>
    <message>
        <source>the Java system property %1 of the server, which the wizard cannot see: it asks for the password</source>
        <translation>サーバーの Java システムプロパティ %1 ですが、ウィザードからは参照できません: パスワードの入力を求めます</translation>
    </message>
    <message>
        <source>not in deployment.toml: the wizard asks for it</source>
        <translation>deployment.toml にありません: ウィザードが入力を求めます</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have: the wizard asks for the password</source>
        <translation>%1 はファイルにないキーを指しています: ウィザードがパスワードの入力を求めます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no usable URL</source>
        <translation>使用可能な URL なし</translation>
    </message>
    <message>
        <source>%1: embedded H2 database %2</source>
        <translation>%1: 組み込み H2 データベース %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 at %3, database %4</source>
        <translation>%1: %2 (%3)、データベース %4</translation>
    </message>
    <message>
        <source>This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: production must not run on it (it does not scale, cannot be clustered and can be corrupted when the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or Db2 before or during this migration.</source>
        <translation>このデータベースは H2 です。H2 は新しい IS ホームで最初に使われる組み込みデータベースです。WSO2 は H2 用のクリーンアッププロシージャを提供していないため、ここでクリーンアップするものはありません。H2 は製品の試用を目的としたもので、本番では使用しないでください (スケールせず、クラスター化できず、サーバーが突然停止すると破損する可能性があります)。この移行の前または移行中に、本番を MySQL、MariaDB、PostgreSQL、SQL Server、Oracle または Db2 に移してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::DemoProject</name>
    <message>
        <source>Could not create the demo folder %1.</source>
        <translation>デモフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Demo migration %1 → %2</source>
        <translation>デモ移行 %1 → %2</translation>
    </message>
    <message>
        <source>%1 is the newest release</source>
        <translation>%1 は最新のリリースです</translation>
    </message>
    <message>
        <source>Keystores are JKS; %1 defaults to PKCS12</source>
        <translation>キーストアは JKS です。%1 のデフォルトは PKCS12 です</translation>
    </message>
    <message>
        <source>Keep type = &quot;JKS&quot; or convert with keytool.</source>
        <translation>type = &quot;JKS&quot; のままにするか、keytool で変換してください。</translation>
    </message>
    <message>
        <source>JKS kept for this release</source>
        <translation>このリリースでは JKS を維持</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>実行 %1 を環境 %2 で %3 が開始しました。</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>実行 %1 が終了しました: %2。</translation>
    </message>
</context>
<context>
    <name>Ismw::DiffCommand</name>
    <message>
        <source>Semantic difference of two deployment.toml files, with the release rules&apos; findings.</source>
        <translation>2 つの deployment.toml ファイルの意味上の差分と、リリースルールによる検出事項。</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to, e.g. 5.11.0.</source>
        <translation>OLD.toml が属するリリース (例: 5.11.0)。</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>移行先のリリース (例: 7.3.0)。</translation>
    </message>
    <message>
        <source>Also report keys whose comments changed.</source>
        <translation>コメントが変更されたキーも報告します。</translation>
    </message>
    <message>
        <source>Also report keys that moved within their table.</source>
        <translation>テーブル内で移動したキーも報告します。</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>現在使用中の deployment.toml。</translation>
    </message>
    <message>
        <source>The deployment.toml to compare it with.</source>
        <translation>比較対象の deployment.toml。</translation>
    </message>
    <message numerus="yes">
        <source>give two files, OLD.toml and NEW.toml; got %n.</source>
        <translation>
            <numerusform>OLD.toml と NEW.toml の 2 つのファイルを指定してください。%n 個が指定されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to go together: the rules run from one release to another.</source>
        <translation>--from と --to は一緒に指定します: ルールはあるリリースから別のリリースへ適用されます。</translation>
    </message>
    <message>
        <source>No differences: the two files mean the same.</source>
        <translation>差分なし: 2 つのファイルの意味は同じです。</translation>
    </message>
    <message>
        <source>Release rules %1 → %2 (%3):</source>
        <translation>リリースルール %1 → %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1.</source>
        <translation>
            <numerusform>差分 %n 件、%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n cleanup run(s), dry runs not counted</source>
        <translation>
            <numerusform>クリーンアップの実行 %n 回 (ドライランを除く)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>ブロッカー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>合格 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 s</source>
        <translation>%2 s で %1 行を削除</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>承認 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Last started</source>
        <translation>最終開始</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>データベースのクリーンアップ</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>承認したリスク</translation>
    </message>
</context>
<context>
    <name>Ismw::EvidenceHash</name>
    <message>
        <source>No evidence file was chosen. Choose the file to attach.</source>
        <translation>証跡ファイルが選択されていません。添付するファイルを選択してください。</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Choose an existing file.</source>
        <translation>証跡ファイル %1 は存在しません。既存のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach a file; to keep a folder as evidence, archive it first.</source>
        <translation>%1 はフォルダーです。ファイルを添付してください。フォルダーを証跡として残すには、先にアーカイブしてください。</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2.</source>
        <translation>証跡ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled; the file was not attached.</source>
        <translation>%1 のハッシュ計算が中止されました。ファイルは添付されていません。</translation>
    </message>
</context>
<context>
    <name>Ismw::HealthProbe</name>
    <message>
        <source>%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server&apos;s certificate can be checked. Use https:// and the server&apos;s HTTPS port (usually %2).</source>
        <translation>%1 は平文の HTTP アドレスです。ヘルスチェックはサーバーの証明書を確認できるよう HTTPS でのみ行います。https:// とサーバーの HTTPS ポート (通常は %2) を使用してください。</translation>
    </message>
    <message>
        <source>The server address contains a user name or password. Leave them out: the health check needs none, and the wizard keeps no passwords.</source>
        <translation>サーバーのアドレスにユーザー名またはパスワードが含まれています。これらは省いてください: ヘルスチェックには不要で、ウィザードはパスワードを保持しません。</translation>
    </message>
    <message>
        <source>No server was given. Enter the host name of the migrated Identity Server, for example is.example.com or is.example.com:%1.</source>
        <translation>サーバーが指定されていません。移行後の Identity Server のホスト名を入力してください (例: is.example.com または is.example.com:%1)。</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a host name such as is.example.com, optionally with the HTTPS port (is.example.com:%2).</source>
        <translation>「%1」はサーバーのアドレスではありません。is.example.com のようなホスト名を入力してください。必要に応じて HTTPS ポートも指定できます (is.example.com:%2)。</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address. Enter the host name, or a URL that starts with https://.</source>
        <translation>「%1」は HTTPS アドレスではありません。ホスト名、または https:// で始まる URL を入力してください。</translation>
    </message>
    <message>
        <source>“%1” points to %2, not to the health-check endpoint. Give only the host and port, or the full URL ending in %3.</source>
        <translation>「%1」はヘルスチェックのエンドポイントではなく %2 を指しています。ホストとポートのみ、または %3 で終わる完全な URL を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address of a server. Enter the server&apos;s host name; the wizard makes the health-check URL from it.</source>
        <translation>「%1」はサーバーの HTTPS アドレスではありません。サーバーのホスト名を入力してください。ウィザードがそこからヘルスチェックの URL を作成します。</translation>
    </message>
    <message>
        <source>The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server&apos;s certificate again and confirm its fingerprint.</source>
        <translation>%1 について確認済みのフィンガープリントは SHA-256 フィンガープリントではありません。サーバーの証明書を再度確認し、そのフィンガープリントを確認してください。</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the server&apos;s keystore and confirm it; nothing has been sent to the server yet.</source>
        <translation>%1 は証明書「%2」(%3) を提示しています。SHA-256 フィンガープリントは %4 です。サーバーのキーストアと照合して確認してください。サーバーにはまだ何も送信されていません。</translation>
    </message>
    <message>
        <source>%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.</source>
        <translation>%1 は現在、確認済みの証明書 (%3) とは異なる証明書 (SHA-256 %2) を提示しています。意図的に更新された場合は、新しいフィンガープリントを確認してください。そうでない場合は、このサーバーを信頼しないでください。</translation>
    </message>
    <message>
        <source>%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the Identity Server&apos;s health-check endpoint and not to a proxy or another service.</source>
        <translation>%1 が 1 MiB を超えるデータを送信しました。これはヘルスチェックの応答ではありません。URL がプロキシや別のサービスではなく、Identity Server のヘルスチェックエンドポイントを指していることを確認してください。</translation>
    </message>
    <message>
        <source>%1 answered without health data: the health check is not enabled on the server. Add [carbon_health_check] enable = true to its deployment.toml and restart it.</source>
        <translation>%1 がヘルスデータなしで応答しました: サーバーでヘルスチェックが有効になっていません。deployment.toml に [carbon_health_check] enable = true を追加して、サーバーを再起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports the server healthy (%n check(s) up).</source>
        <translation>
            <numerusform>%1 はサーバーが正常であると報告しています (%n 件のチェックが正常)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy: %2. Check these in the server&apos;s wso2carbon.log.</source>
        <translation>%1 はサーバーが異常であると報告しています: %2。サーバーの wso2carbon.log でこれらを確認してください。</translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores and the server&apos;s wso2carbon.log.</source>
        <translation>%1 はサーバーが異常であると報告しています (HTTP %2): %3。示されたデータソースまたはユーザーストアと、サーバーの wso2carbon.log を確認してください。</translation>
    </message>
    <message>
        <source>no error was named</source>
        <translation>エラーは示されていません</translation>
    </message>
    <message>
        <source>It redirects to %1; give the address it redirects to.</source>
        <translation>%1 にリダイレクトされます。リダイレクト先のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The endpoint is normally open; check the server&apos;s access control for /api/health-check.</source>
        <translation>このエンドポイントは通常公開されています。/api/health-check に対するサーバーのアクセス制御を確認してください。</translation>
    </message>
    <message>
        <source>Check the URL&apos;s path and that the server is the migrated Identity Server.</source>
        <translation>URL のパスと、サーバーが移行後の Identity Server であることを確認してください。</translation>
    </message>
    <message>
        <source>Check that the URL points to the Identity Server and not to a proxy or another service.</source>
        <translation>URL がプロキシや別のサービスではなく、Identity Server を指していることを確認してください。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body.</source>
        <translation>%1 が HTTP %2 を空の本文で応答しました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with something that is not a health-check answer: “%3”.</source>
        <translation>%1 が HTTP %2 を、ヘルスチェックの応答ではない内容で応答しました: 「%3」。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Check that the server has finished starting and that no firewall drops connections to that port.</source>
        <translation>%1 が %2 s 以内に応答しませんでした (%3)。サーバーの起動が完了していること、およびそのポートへの接続を破棄するファイアウォールがないことを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS port (usually %4).</source>
        <translation>%1 が接続を拒否しました (%2)。サーバーが実行中であること、および %3 がその HTTPS ポート (通常は %4) であることを確認してください。</translation>
    </message>
    <message>
        <source>The host %1 was not found (%2). Check the host name and this machine&apos;s DNS settings.</source>
        <translation>ホスト %1 が見つかりませんでした (%2)。ホスト名と、このマシンの DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): %3. Check that %4 is the server&apos;s HTTPS port (usually %5) and that its keystore holds a valid certificate.</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました (%2): %3。%4 がサーバーの HTTPS ポート (通常は %5) であること、およびそのキーストアに有効な証明書があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (%2). Check the server&apos;s wso2carbon.log and any proxy in front of it.</source>
        <translation>%1 が応答せずに接続を閉じました (%2)。サーバーの wso2carbon.log と、その前段のプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2): %3. Check the network between this machine and the server.</source>
        <translation>%1 への接続に失敗しました (%2): %3。このマシンとサーバーの間のネットワークを確認してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::InspectCommand</name>
    <message>
        <source>Release, parts and customizations of an IS home.</source>
        <translation>IS ホームのリリース、構成要素、カスタマイズ。</translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation>IS ホーム: bin/ と repository/ を含むフォルダー。</translation>
    </message>
    <message>
        <source>no IS home given.</source>
        <translation>IS ホームが指定されていません。</translation>
    </message>
    <message>
        <source>one IS home at a time, got %1: %2.</source>
        <translation>IS ホームは一度に 1 つだけです。%1 個指定されました: %2。</translation>
    </message>
</context>
<context>
    <name>Ismw::IsHomeInspector</name>
    <message>
        <source>Choose the folder that contains bin/ and repository/, e.g. %1.</source>
        <translation>bin/ と repository/ を含むフォルダーを選択してください (例: %1)。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>No folder was given. %1</source>
        <translation>フォルダーが指定されていません。%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as the user that owns the IS home, or grant read access to it.</source>
        <translation>%1 を読み取れません: このユーザーはフォルダー %2 に入れない可能性があります。IS ホームを所有するユーザーとしてウィザードを実行するか、読み取り権限を付与してください。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. %3</source>
        <translation>%1 は %2 へのシンボリックリンクですが、リンク先が存在しません。%3</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path for typing errors. %2</source>
        <translation>%1 は存在しません。パスに入力ミスがないか確認してください。%2</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. It seems to be extracted already: choose the folder %2.</source>
        <translation>%1 はフォルダーではなくアーカイブです。すでに展開済みのようです: フォルダー %2 を選択してください。</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the extracted folder %3.</source>
        <translation>%1 はフォルダーではなくアーカイブです。まず展開し (例: unzip %2)、展開したフォルダー %3 を選択してください。</translation>
    </message>
    <message>
        <source>%1 is a file inside the IS home %2. Choose the folder %2 itself.</source>
        <translation>%1 は IS ホーム %2 内のファイルです。フォルダー %2 自体を選択してください。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 はフォルダーではなくファイルです。%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, or grant read access to it (e.g. chmod -R u+rX).</source>
        <translation>%1 を読み取れません: アクセスが拒否されました。IS ホームを所有するユーザーとしてウィザードを実行するか、読み取り権限を付与してください (例: chmod -R u+rX)。</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains one: %2. Choose %2.</source>
        <translation>%1 自体は IS ホームではありませんが、IS ホームを含んでいます: %2。%2 を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.</source>
        <translation>%1 自体は IS ホームではありませんが、複数の IS ホームを含んでいます: %2。調べるものを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server home: missing %2. %3</source>
        <translation>%1 は WSO2 Identity Server のホームではありません: %2 がありません。%3</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 is a home of %2 (%3 says “%4”), not of WSO2 Identity Server. This wizard migrates Identity Server only: choose an Identity Server folder, e.g. %5.</source>
        <translation>%1 は WSO2 Identity Server ではなく %2 のホームです (%3 の内容: 「%4」)。このウィザードが移行するのは Identity Server のみです: Identity Server のフォルダーを選択してください (例: %5)。</translation>
    </message>
    <message>
        <source>No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity Server %3, so this home is taken to be %3. Restore %4 from the release&apos;s distribution to be sure.</source>
        <translation>リリースを示すファイルがありません。%1 ではカーネル %2 となっており、これは WSO2 Identity Server %3 のカーネルなので、このホームは %3 とみなします。確実にするには、リリースのディストリビューションから %4 を復元してください。</translation>
    </message>
    <message>
        <source>None of %1 names a release, so the wizard cannot tell which rules apply to this home. Restore %2 from the release&apos;s distribution.</source>
        <translation>%1 のいずれにもリリースが示されていないため、ウィザードはこのホームにどのルールを適用すべきか判断できません。リリースのディストリビューションから %2 を復元してください。</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its configuration lives in the XML files under repository/conf/, which the wizard cannot carry over. Move your changes by hand.</source>
        <translation>WSO2 Identity Server %1 は deployment.toml (5.9.0 で導入) より前のリリースです: 設定は repository/conf/ 配下の XML ファイルにあり、ウィザードでは引き継げません。変更内容は手動で移してください。</translation>
    </message>
    <message>
        <source>%1 is missing, so there is no configuration to carry over. Restore it from a backup of this home.</source>
        <translation>%1 がないため、引き継ぐ設定がありません。このホームのバックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 の内容: %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2</source>
        <translation>%1 の内容: カーネル %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)</source>
        <translation>%1 の内容: カーネル %2。これは %4 (カーネル %5) ではなく %3 のものです</translation>
    </message>
    <message>
        <source>%1 says kernel %2, not %3 as %4 has</source>
        <translation>%1 の内容: カーネル %2。%4 にある %3 ではありません</translation>
    </message>
    <message>
        <source>The wizard goes by %1 (%2).</source>
        <translation>ウィザードは %1 (%2) に従います。</translation>
    </message>
    <message>
        <source>The version sources disagree: %1. %2 Make sure which release this home really is: a partly applied update or a file copied from another home leaves such traces.</source>
        <translation>バージョン情報が一致しません: %1。%2 このホームが実際にどのリリースなのか確認してください。部分的に適用されたアップデートや、別のホームからコピーしたファイルがこのような痕跡を残します。</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its checks and configuration rules may not cover it: look for a newer version of the wizard.</source>
        <translation>WSO2 Identity Server %1 は、このウィザードが認識している最新のリリース (%2) より新しいです。チェックと設定ルールが対応していない可能性があります: 新しいバージョンのウィザードを探してください。</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its checks and configuration rules do not cover it.</source>
        <translation>WSO2 Identity Server %1 は、このウィザードが認識している最も古いリリース (%2) より古いです。チェックと設定ルールは対応していません。</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check the version files of this home.</source>
        <translation>%1 はこのウィザードが認識している WSO2 Identity Server のリリースではありません (認識しているのは %2 ～ %3)。このホームのバージョンファイルを確認してください。</translation>
    </message>
    <message>
        <source>Some folders of this home hold more than %1 entries; only the first ones were looked at.</source>
        <translation>このホームの一部のフォルダーには %1 を超えるエントリーがあります。最初の部分のみを調べました。</translation>
    </message>
    <message>
        <source>OSGi bundle added to dropins</source>
        <translation>dropins に追加された OSGi バンドル</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.</source>
        <translation>再ビルドするか、%2 の API で動作することを確認した後、新しいホームの %1 にコピーしてください。</translation>
    </message>
    <message>
        <source>%1 JDBC driver</source>
        <translation>%1 JDBC ドライバー</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, built for the Java version the new release runs on.</source>
        <translation>%1 JDBC ドライバーを新しいホームの %2 にコピーしてください。新しいリリースが動作する Java バージョン向けにビルドされた、最新のドライバーリリースを推奨します。</translation>
    </message>
    <message>
        <source>library added to lib</source>
        <translation>lib に追加されたライブラリ</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home unless the new release already ships it (or a newer version of it).</source>
        <translation>新しいリリースにすでに同梱されていない (またはより新しいバージョンが同梱されていない) 限り、新しいホームの %1 にコピーしてください。</translation>
    </message>
    <message>
        <source>%1 keystore</source>
        <translation>%1 キーストア</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps working only where deployment.toml says type = &quot;%2&quot;.</source>
        <translation>新しいホームの %1 にコピーしてください。7.1.0 以降、キーストアのデフォルトは PKCS12 です: %2 ファイルが引き続き動作するのは、deployment.toml で type = &quot;%2&quot; と指定されている場合のみです。</translation>
    </message>
    <message>
        <source>secondary user store</source>
        <translation>セカンダリユーザーストア</translation>
    </message>
    <message>
        <source>secondary user store (%1)</source>
        <translation>セカンダリユーザーストア (%1)</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home.</source>
        <translation>新しいホームの %1 にコピーしてください。</translation>
    </message>
    <message>
        <source>Its user store manager does not support unique user IDs; the newer releases keep such managers for backward compatibility only, so plan the switch to the UniqueID variant.</source>
        <translation>このユーザーストアマネージャーは一意のユーザー ID をサポートしていません。新しいリリースではこのようなマネージャーは後方互換性のためだけに残されているため、UniqueID 版への切り替えを計画してください。</translation>
    </message>
    <message>
        <source>web app (folder)</source>
        <translation>Web アプリ (フォルダー)</translation>
    </message>
    <message>
        <source>web app (war)</source>
        <translation>Web アプリ (war)</translation>
    </message>
    <message>
        <source>Rebuild it against %1 and deploy it in %2 of the new home.</source>
        <translation>%1 に合わせて再ビルドし、新しいホームの %2 にデプロイしてください。</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>テナント %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s data moves with the databases; copy %1 to the new home for its files (user stores, keystores).</source>
        <translation>テナントのデータはデータベースとともに移行されます。ファイル (ユーザーストア、キーストア) のために、%1 を新しいホームにコピーしてください。</translation>
    </message>
    <message>
        <source>IS home: %1</source>
        <translation>IS ホーム: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Release: %1 %2 (kernel %3)</source>
        <translation>リリース: %1 %2 (カーネル %3)</translation>
    </message>
    <message>
        <source>Version sources:</source>
        <translation>バージョン情報:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>構成要素:</translation>
    </message>
    <message>
        <source>deployment.toml</source>
        <translation>deployment.toml</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Plugin jars</source>
        <translation>プラグイン jar</translation>
    </message>
    <message>
        <source>Dropin jars</source>
        <translation>Dropin jar</translation>
    </message>
    <message>
        <source>Lib jars</source>
        <translation>Lib jar</translation>
    </message>
    <message>
        <source>Keystores</source>
        <translation>キーストア</translation>
    </message>
    <message>
        <source>Secondary user stores</source>
        <translation>セカンダリユーザーストア</translation>
    </message>
    <message>
        <source>Web apps</source>
        <translation>Web アプリ</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Database scripts</source>
        <translation>データベーススクリプト</translation>
    </message>
    <message>
        <source>%1 .sql files; cleanup scripts for %2</source>
        <translation>%1 個の .sql ファイル。クリーンアップスクリプト: %2</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>データベースなし</translation>
    </message>
    <message>
        <source>Customizations: none found.</source>
        <translation>カスタマイズ: 見つかりませんでした。</translation>
    </message>
    <message>
        <source>Customizations to carry over (%1):</source>
        <translation>引き継ぐカスタマイズ (%1):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Dropin jar</source>
        <translation>Dropin jar</translation>
    </message>
    <message>
        <source>Lib jar</source>
        <translation>Lib jar</translation>
    </message>
    <message>
        <source>JDBC driver</source>
        <translation>JDBC ドライバー</translation>
    </message>
    <message>
        <source>User store</source>
        <translation>ユーザーストア</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>キーストア</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Web アプリ</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
</context>
<context>
    <name>Ismw::JdbcUrl</name>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>ポート &quot;%1&quot; は数値ではありません。</translation>
    </message>
    <message>
        <source>Write the port as digits after the host, e.g. db.example.com:%1.</source>
        <translation>ポートはホストの後に数字で記述してください (例: db.example.com:%1)。</translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports run from 1 to 65535.</source>
        <translation>ポート %1 は範囲外です: ポートは 1 ～ 65535 です。</translation>
    </message>
    <message>
        <source>The host entry &quot;%1&quot; names no host.</source>
        <translation>ホストエントリー &quot;%1&quot; でホストが指定されていません。</translation>
    </message>
    <message>
        <source>Write it as address=(host=db.example.com)(port=3306).</source>
        <translation>address=(host=db.example.com)(port=3306) のように記述してください。</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; opens a bracket [ that is not closed.</source>
        <translation>アドレス &quot;%1&quot; で開いた角かっこ [ が閉じられていません。</translation>
    </message>
    <message>
        <source>IPv6 addresses are written in brackets: [2001:db8::5]:%1.</source>
        <translation>IPv6 アドレスは角かっこで囲んで記述します: [2001:db8::5]:%1。</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host list in brackets.</source>
        <translation>角かっこ内のホストリストの後に予期しないテキスト &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the address [%2].</source>
        <translation>アドレス [%2] の後に予期しないテキスト &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has more than one colon.</source>
        <translation>ホスト &quot;%1&quot; にコロンが複数あります。</translation>
    </message>
    <message>
        <source>A host name is missing before &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; の前にホスト名がありません。</translation>
    </message>
    <message>
        <source>Write the database server as host:port, e.g. db.example.com:%1.</source>
        <translation>データベースサーバーは host:port の形式で記述してください (例: db.example.com:%1)。</translation>
    </message>
    <message>
        <source>The URL names no database server.</source>
        <translation>URL でデータベースサーバーが指定されていません。</translation>
    </message>
    <message>
        <source>Write the server after //, e.g. //db.example.com:%1/.</source>
        <translation>サーバーは // の後に記述してください (例: //db.example.com:%1/)。</translation>
    </message>
    <message>
        <source>The parameter %1=%2 is neither true nor false.</source>
        <translation>パラメーター %1=%2 は true でも false でもありません。</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MySQL driver knows.</source>
        <translation>sslMode=%1 は MySQL ドライバーが認識しているモードではありません。</translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>DISABLED、PREFERRED、REQUIRED、VERIFY_CA または VERIFY_IDENTITY を使用してください。</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MariaDB driver knows.</source>
        <translation>sslMode=%1 は MariaDB ドライバーが認識しているモードではありません。</translation>
    </message>
    <message>
        <source>Use disable, trust, verify-ca or verify-full.</source>
        <translation>disable、trust、verify-ca または verify-full を使用してください。</translation>
    </message>
    <message>
        <source>Expected // after jdbc:%1:.</source>
        <translation>jdbc:%1: の後に // が必要です。</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets or parentheses.</source>
        <translation>ホストリスト &quot;%1&quot; の角かっこまたは丸かっこの対応が取れていません。</translation>
    </message>
    <message>
        <source>The URL names no database.</source>
        <translation>URL でデータベースが指定されていません。</translation>
    </message>
    <message>
        <source>Add the database after the host: %1</source>
        <translation>ホストの後にデータベースを追加してください: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets.</source>
        <translation>ホストリスト &quot;%1&quot; の角かっこの対応が取れていません。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a mode the PostgreSQL driver knows.</source>
        <translation>sslmode=%1 は PostgreSQL ドライバーが認識しているモードではありません。</translation>
    </message>
    <message>
        <source>Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>disable、allow、prefer、require、verify-ca または verify-full を使用してください。</translation>
    </message>
    <message>
        <source>The parameter ssl=%1 is neither true nor false.</source>
        <translation>パラメーター ssl=%1 は true でも false でもありません。</translation>
    </message>
    <message>
        <source>Expected // after jdbc:sqlserver:.</source>
        <translation>jdbc:sqlserver: の後に // が必要です。</translation>
    </message>
    <message>
        <source>The URL names no SQL Server host.</source>
        <translation>URL で SQL Server のホストが指定されていません。</translation>
    </message>
    <message>
        <source>encrypt=%1 is not a value the SQL Server driver knows.</source>
        <translation>encrypt=%1 は SQL Server ドライバーが認識している値ではありません。</translation>
    </message>
    <message>
        <source>Use true, false or strict.</source>
        <translation>true、false または strict を使用してください。</translation>
    </message>
    <message>
        <source>Expected // after jdbc:jtds:sqlserver:.</source>
        <translation>jdbc:jtds:sqlserver: の後に // が必要です。</translation>
    </message>
    <message>
        <source>Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</source>
        <translation>例: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</translation>
    </message>
    <message>
        <source>ssl=%1 is not a value the jTDS driver knows.</source>
        <translation>ssl=%1 は jTDS ドライバーが認識している値ではありません。</translation>
    </message>
    <message>
        <source>Use off, request, require or authenticate.</source>
        <translation>off、request、require または authenticate を使用してください。</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor has unbalanced parentheses.</source>
        <translation>Oracle の接続記述子の丸かっこの対応が取れていません。</translation>
    </message>
    <message>
        <source>Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</source>
        <translation>各 ( には対応する ) が必要です: (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…).</source>
        <translation>Oracle の接続記述子に (ADDRESS=…(HOST=…)…) が指定されていません。</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names neither SERVICE_NAME nor SID.</source>
        <translation>Oracle の接続記述子に SERVICE_NAME も SID も指定されていません。</translation>
    </message>
    <message>
        <source>Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor.</source>
        <translation>記述子に (CONNECT_DATA=(SERVICE_NAME=ORCL)) を追加してください。</translation>
    </message>
    <message>
        <source>Expected thin: or oci: after jdbc:oracle:.</source>
        <translation>jdbc:oracle: の後に thin: または oci: が必要です。</translation>
    </message>
    <message>
        <source>jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached from outside.</source>
        <translation>jdbc:oracle:kprb: はデータベース内部のサーバー側ドライバーです。外部からは接続できません。</translation>
    </message>
    <message>
        <source>The Oracle URL has no @ before the database address.</source>
        <translation>Oracle の URL で、データベースアドレスの前に @ がありません。</translation>
    </message>
    <message>
        <source>The Oracle URL names no database after @.</source>
        <translation>Oracle の URL で、@ の後にデータベースが指定されていません。</translation>
    </message>
    <message>
        <source>The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID).</source>
        <translation>Oracle の URL で、サービス (host:port/SERVICE) も SID (host:port:SID) も指定されていません。</translation>
    </message>
    <message>
        <source>Expected // after jdbc:h2:%1:.</source>
        <translation>jdbc:h2:%1: の後に // が必要です。</translation>
    </message>
    <message>
        <source>The H2 server URL names no database after the host.</source>
        <translation>H2 サーバーの URL で、ホストの後にデータベースが指定されていません。</translation>
    </message>
    <message>
        <source>The H2 URL names no database file.</source>
        <translation>H2 の URL でデータベースファイルが指定されていません。</translation>
    </message>
    <message>
        <source>Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB</source>
        <translation>例: jdbc:h2:./repository/database/WSO2IDENTITY_DB</translation>
    </message>
    <message>
        <source>The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.</source>
        <translation>ウィザードが認識しているのは jdbc:mysql:、jdbc:mariadb:、jdbc:postgresql:、jdbc:sqlserver:、jdbc:jtds:sqlserver:、jdbc:oracle:、jdbc:db2:、jdbc:h2: です。</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>URL が空です。</translation>
    </message>
    <message>
        <source>The URL does not start with jdbc:.</source>
        <translation>URL が jdbc: で始まっていません。</translation>
    </message>
    <message>
        <source>A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</source>
        <translation>JDBC URL は jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB のような形式です。</translation>
    </message>
    <message>
        <source>The URL names no driver after jdbc:.</source>
        <translation>URL で jdbc: の後にドライバーが指定されていません。</translation>
    </message>
    <message>
        <source>The driver &quot;%1&quot; in the URL is not one the wizard knows.</source>
        <translation>URL のドライバー &quot;%1&quot; はウィザードが認識しているものではありません。</translation>
    </message>
</context>
<context>
    <name>Ismw::LogScanner</name>
    <message>
        <source>More than %1 different kinds of errors were found; only the first %1 are listed.</source>
        <translation>%1 種類を超えるエラーが見つかりました。最初の %1 種類のみを表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more line(s) not shown)</source>
        <translation>
            <numerusform>(ほかに %n 行は表示されていません)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log scan was cancelled.</source>
        <translation>ログのスキャンが中止されました。</translation>
    </message>
    <message>
        <source>No log file was given. Name the wso2carbon.log of the server to check.</source>
        <translation>ログファイルが指定されていません。チェックするサーバーの wso2carbon.log を指定してください。</translation>
    </message>
    <message>
        <source>The log file %1 does not exist. Check the path, or leave the file out.</source>
        <translation>ログファイル %1 は存在しません。パスを確認するか、このファイルを指定から外してください。</translation>
    </message>
    <message>
        <source>%1 is not a file. Name the log files themselves, not their folder.</source>
        <translation>%1 はファイルではありません。フォルダーではなく、ログファイル自体を指定してください。</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read: %2. Check its permissions.</source>
        <translation>ログファイル %1 を読み取れません: %2。権限を確認してください。</translation>
    </message>
    <message>
        <source>Reading the log file %1 failed: %2.</source>
        <translation>ログファイル %1 の読み取りに失敗しました: %2。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.</source>
        <translation>%2 の %1 行目は有効な UTF-8 ではありません。不正なバイトは置き換えられ、スキャンは続行されました。</translation>
    </message>
    <message>
        <source>%1 ends in a truncated line (no newline at the end); the line was read as it is.</source>
        <translation>%1 は途中で切れた行で終わっています (末尾に改行がありません)。その行はそのまま読み込まれました。</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrateConfigCommand</name>
    <message>
        <source>Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.</source>
        <translation>deployment.toml を新しいリリースに引き継ぎます: 名前の変更、削除、新しいキー、検出事項。</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home.</source>
        <translation>OLD.toml が属するリリース。OLD.toml がその IS ホーム内にある場合は不要です。</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>移行先のリリース (例: 7.3.0)。</translation>
    </message>
    <message>
        <source>The deployment.toml the new release ships: keys it requires are added.</source>
        <translation>新しいリリースに同梱されている deployment.toml: 必要なキーが追加されます。</translation>
    </message>
    <message>
        <source>Do not apply the proposed edit with this id (repeatable; the ids are in the output).</source>
        <translation>この ID の提案された編集を適用しません (繰り返し指定可能。ID は出力に表示されます)。</translation>
    </message>
    <message>
        <source>Where to write the migrated file; an existing file is kept as a timestamped backup. &quot;-&quot; prints it.</source>
        <translation>移行後のファイルの書き込み先。既存のファイルはタイムスタンプ付きのバックアップとして保持されます。&quot;-&quot; を指定すると出力します。</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>現在使用中の deployment.toml。</translation>
    </message>
    <message numerus="yes">
        <source>give one file, OLD.toml; got %n.</source>
        <translation>
            <numerusform>ファイルは OLD.toml の 1 つだけを指定してください。指定されたのは %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>--to is missing: which release to migrate to?</source>
        <translation>--to がありません: どのリリースに移行しますか?</translation>
    </message>
    <message>
        <source>-o is missing: where to write the migrated file (&quot;-o -&quot; prints it)?</source>
        <translation>-o がありません: 移行後のファイルをどこに書き込みますか (&quot;-o -&quot; で出力)?</translation>
    </message>
    <message>
        <source>&quot;-o -&quot; prints the file itself; it cannot go with --format json.</source>
        <translation>&quot;-o -&quot; はファイル自体を出力するため、--format json とは併用できません。</translation>
    </message>
    <message>
        <source>cannot tell which release %1 is from: it is not in an IS home&apos;s repository/conf. Give --from.</source>
        <translation>%1 がどのリリースのものか判別できません: IS ホームの repository/conf 内にありません。--from を指定してください。</translation>
    </message>
    <message>
        <source>--reject %1: no proposed edit has this id; run without --reject to see the ids.</source>
        <translation>--reject %1: この ID の提案された編集はありません。--reject なしで実行すると ID を確認できます。</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>%1 から %2 へ (%3)。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下済み</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) applied, %1.</source>
        <translation>
            <numerusform>%n 件の編集を適用しました、%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>置き換えられたファイルは %1 として保持されています。</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationProject</name>
    <message>
        <source>Project &quot;%1&quot; created in %2.</source>
        <translation>プロジェクト &quot;%1&quot; を %2 に作成しました。</translation>
    </message>
    <message>
        <source>Environment %1 (%2) added to the project.</source>
        <translation>環境 %1 (%2) をプロジェクトに追加しました。</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>実行 %1 を %2 に %3 が開始しました。</translation>
    </message>
    <message>
        <source>Went ahead despite rule %1: %2 Reason given: %3</source>
        <translation>ルール %1 にもかかわらず続行しました: %2 理由: %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>実行 %1 が終了しました: %2。</translation>
    </message>
    <message>
        <source>Old IS home %1 (%2), new IS home %3 (%4).</source>
        <translation>旧 IS ホーム %1 (%2)、新 IS ホーム %3 (%4)。</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationWizard</name>
    <message>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>変更が保存されていません</translation>
    </message>
    <message>
        <source>Still Working</source>
        <translation>処理中です</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Language of the wizard (%1)</source>
        <translation>ウィザードの言語 (%1)</translation>
    </message>
</context>
<context>
    <name>Ismw::OrderRule</name>
    <message>
        <source>No pre-production pilot is recorded in this project. The migration guide asks for a pilot on pre-production with a production-like database before production is migrated.</source>
        <translation>このプロジェクトにはプレ本番でのパイロットが記録されていません。移行ガイドでは、本番を移行する前に、本番に近いデータベースを使ってプレ本番でパイロットを行うよう求めています。</translation>
    </message>
    <message numerus="yes">
        <source>The pre-production pilot recorded in this project has not been completed (%n run(s) started, none finished). The migration guide asks for a completed pilot before production is migrated.</source>
        <translation>
            <numerusform>このプロジェクトに記録されているプレ本番のパイロットは完了していません (%n 件の実行が開始され、終了したものはありません)。移行ガイドでは、本番を移行する前にパイロットを完了するよう求めています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::PathChecks</name>
    <message>
        <source>old home</source>
        <extracomment>Put into sentences such as &quot;Choose %1 as the %2.&quot;: the old or the new IS home folder.</extracomment>
        <translation>旧ホーム</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>新ホーム</translation>
    </message>
    <message>
        <source>%1 says “%2”</source>
        <translation>%1 によると「%2」</translation>
    </message>
    <message>
        <source>The old home is not usable</source>
        <translation>旧ホームを使用できません</translation>
    </message>
    <message>
        <source>The new home is not usable</source>
        <translation>新ホームを使用できません</translation>
    </message>
    <message>
        <source>Choose %1 as the %2.</source>
        <translation>%1 を %2 として選択してください。</translation>
    </message>
    <message>
        <source>Choose the folder of the extracted WSO2 Identity Server (the one holding bin/ and repository/) as the %1.</source>
        <translation>展開した WSO2 Identity Server のフォルダー (bin/ と repository/ を含むもの) を %1 として選択してください。</translation>
    </message>
    <message>
        <source>The old home&apos;s release is unknown</source>
        <translation>旧ホームのリリースが不明です</translation>
    </message>
    <message>
        <source>The new home&apos;s release is unknown</source>
        <translation>新ホームのリリースが不明です</translation>
    </message>
    <message>
        <source>%1 is an IS home, but no file in it names its release. %2</source>
        <translation>%1 は IS ホームですが、リリースを示すファイルがありません。%2</translation>
    </message>
    <message>
        <source>Restore bin/version.txt from the release&apos;s distribution.</source>
        <translation>リリースのディストリビューションから bin/version.txt を復元してください。</translation>
    </message>
    <message>
        <source>Old home: WSO2 Identity Server %1</source>
        <translation>旧ホーム: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source>New home: WSO2 Identity Server %1</source>
        <translation>新ホーム: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source> (kernel %1)</source>
        <translation> (カーネル %1)</translation>
    </message>
    <message>
        <source>%1 is %2 %3%4.</source>
        <translation>%1 は %2 %3%4 です。</translation>
    </message>
    <message>
        <source>The release is read from: %1.</source>
        <translation>リリースの読み取り元: %1。</translation>
    </message>
    <message>
        <source>Check the version files of the %1 against the release you installed.</source>
        <translation>%1 のバージョンファイルを、インストールしたリリースと照合してください。</translation>
    </message>
    <message>
        <source>The old home&apos;s version files disagree</source>
        <translation>旧ホームのバージョンファイルが一致しません</translation>
    </message>
    <message>
        <source>The new home&apos;s version files disagree</source>
        <translation>新ホームのバージョンファイルが一致しません</translation>
    </message>
    <message>
        <source>Find out which release the %1 really is (its update level, the distribution it came from) and restore the version files that are wrong.</source>
        <translation>%1 が実際にどのリリースか (アップデートレベル、元のディストリビューション) を確認し、誤っているバージョンファイルを復元してください。</translation>
    </message>
    <message>
        <source>Needs both homes with a known release; see the checks of the homes above.</source>
        <translation>リリースが判明している両方のホームが必要です。上記のホームのチェックを参照してください。</translation>
    </message>
    <message>
        <source>Direction of the migration</source>
        <translation>移行の方向</translation>
    </message>
    <message>
        <source>Both homes are IS %1</source>
        <translation>両方のホームが IS %1 です</translation>
    </message>
    <message>
        <source>The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: there is nothing to migrate between them.</source>
        <translation>旧ホーム (%1) と新ホーム (%2) はどちらも WSO2 Identity Server %3 です: 両者の間で移行するものはありません。</translation>
    </message>
    <message>
        <source>Choose the extracted newer release as the new home (the newest is %1).</source>
        <translation>展開した新しいリリースを新ホームとして選択してください (最新は %1 です)。</translation>
    </message>
    <message>
        <source>IS %1 → %2 is a downgrade</source>
        <translation>IS %1 → %2 はダウングレードです</translation>
    </message>
    <message>
        <source>The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), which is %4. The migration only goes to newer releases; the databases of %2 cannot be used by %4.</source>
        <translation>旧ホーム (%1) は WSO2 Identity Server %2 で、新ホーム (%3) の %4 より新しいリリースです。移行は新しいリリースへのみ行えます。%2 のデータベースは %4 では使用できません。</translation>
    </message>
    <message>
        <source>Check that the homes are not swapped: the old home is the one in use, the new home the newer release you extracted.</source>
        <translation>ホームが入れ替わっていないか確認してください: 旧ホームは使用中のもの、新ホームは展開した新しいリリースです。</translation>
    </message>
    <message>
        <source>IS %1 → %2</source>
        <translation>IS %1 → %2</translation>
    </message>
    <message>
        <source>An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).</source>
        <translation>WSO2 Identity Server %1 (%2) から %3 (%4) へのアップグレードです。</translation>
    </message>
    <message>
        <source>Target release</source>
        <translation>移行先リリース</translation>
    </message>
    <message>
        <source>Needs the new home with a known release; see the check of the new home above.</source>
        <translation>リリースが判明している新ホームが必要です。上記の新ホームのチェックを参照してください。</translation>
    </message>
    <message>
        <source>IS %1 is the newest release</source>
        <translation>IS %1 は最新リリースです</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is the newest release this wizard knows.</source>
        <translation>移行先の WSO2 Identity Server %1 は、このウィザードが認識している最新リリースです。</translation>
    </message>
    <message>
        <source>IS %1 is newer than the target</source>
        <translation>IS %1 は移行先より新しいリリースです</translation>
    </message>
    <message>
        <source>The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends migrating to the latest release: each later migration walks every step again, and older releases stop getting updates first.</source>
        <translation>移行先は WSO2 Identity Server %1 ですが、%2 がリリースされています。WSO2 は最新リリースへの移行を推奨しています: 後で移行する際にはすべてのステップを再度たどることになり、また古いリリースから先にアップデートの提供が終了します。</translation>
    </message>
    <message>
        <source>Extract IS %1 and choose it as the new home, unless there is a reason to stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).</source>
        <translation>IS %1 を展開して新ホームとして選択してください。ただし、%2 で止める理由がある場合 (例: 組み込み H2 データに必要な 5.10.0 での中継) を除きます。</translation>
    </message>
    <message>
        <source>IS %1 is newer than the wizard&apos;s rules</source>
        <translation>IS %1 はウィザードのルールより新しいリリースです</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is newer than the newest release this wizard knows (%2): its configuration rules end at %2, so changes of %1 are not checked.</source>
        <translation>移行先の WSO2 Identity Server %1 は、このウィザードが認識している最新リリース (%2) より新しいリリースです: 設定ルールは %2 までのため、%1 の変更はチェックされません。</translation>
    </message>
    <message>
        <source>Look for a newer version of the wizard, or read the migration guide of %1 for the changes after %2.</source>
        <translation>ウィザードの新しいバージョンを探すか、%2 以降の変更について %1 の移行ガイドを参照してください。</translation>
    </message>
    <message>
        <source>IS %1 is not a release the wizard knows</source>
        <translation>IS %1 はウィザードが認識しているリリースではありません</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is not one of the releases this wizard knows (%2 to %3); the newest is %3.</source>
        <translation>移行先の WSO2 Identity Server %1 は、このウィザードが認識しているリリース (%2 から %3) のいずれでもありません。最新は %3 です。</translation>
    </message>
    <message>
        <source>Check the version files of the new home, and migrate to %1 if you can.</source>
        <translation>新ホームのバージョンファイルを確認し、可能であれば %1 に移行してください。</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>リリースステップ</translation>
    </message>
    <message>
        <source>There are no release steps from %1 to %2.</source>
        <translation>%1 から %2 へのリリースステップはありません。</translation>
    </message>
    <message>
        <source>No rules for IS %1 → %2</source>
        <translation>IS %1 → %2 のルールがありません</translation>
    </message>
    <message>
        <source>The wizard&apos;s configuration rules cover the releases %1 to %2; the way from %3 to %4 is not among them, so the configuration changes it brings are not checked.</source>
        <translation>ウィザードの設定ルールはリリース %1 から %2 を対象としています。%3 から %4 への経路は含まれていないため、それに伴う設定の変更はチェックされません。</translation>
    </message>
    <message>
        <source>Read WSO2&apos;s migration guide for each release step on the way.</source>
        <translation>経路上の各リリースステップについて、WSO2 の移行ガイドを参照してください。</translation>
    </message>
    <message>
        <source>%1 (blocker): %2</source>
        <translation>%1 (ブロッカー): %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4, %5)</source>
        <translation>%1: %2 (%3、%4、%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 件のルール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n 件のブロッカー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic edit(s)</source>
        <translation>
            <numerusform>%n 件の自動編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release step(s) from IS %1 to %2</source>
        <translation>
            <numerusform>IS %1 から %2 への %n 個のリリースステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration client walks every release step from %1 to %2: %3.</source>
        <translation>移行クライアントは %1 から %2 までのすべてのリリースステップをたどります: %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n further rule(s) apply to every migration.</source>
        <translation>
            <numerusform>さらに %n 件のルールがすべての移行に適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>その中には: %1</translation>
    </message>
    <message>
        <source>Some steps have rules that block the migration when the configuration matches them; the Configuration page checks the old deployment.toml against every rule and shows which apply.</source>
        <translation>一部のステップには、設定が一致した場合に移行をブロックするルールがあります。設定ページでは旧 deployment.toml をすべてのルールと照合し、該当するものを表示します。</translation>
    </message>
    <message>
        <source>Embedded H2 databases</source>
        <translation>組み込み H2 データベース</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home above.</source>
        <translation>旧ホームが必要です。上記の旧ホームのチェックを参照してください。</translation>
    </message>
    <message>
        <source>The configuration %1 could not be read, so the wizard cannot tell whether the old deployment uses H2; the Configuration page says why.</source>
        <translation>設定 %1 を読み取れなかったため、旧デプロイメントが H2 を使用しているかどうか判別できません。理由は設定ページに表示されます。</translation>
    </message>
    <message>
        <source>The old home has no %1, so the wizard cannot tell whether it uses H2.</source>
        <translation>旧ホームに %1 がないため、H2 を使用しているかどうか判別できません。</translation>
    </message>
    <message>
        <source>No database configured</source>
        <translation>データベースが設定されていません</translation>
    </message>
    <message>
        <source>%1 names no database, so the server runs on its built-in defaults: the embedded H2 databases under repository/database/.</source>
        <translation>%1 にはデータベースが指定されていないため、サーバーは組み込みの既定値、つまり repository/database/ 配下の組み込み H2 データベースで動作します。</translation>
    </message>
    <message>
        <source>Check where the old server&apos;s data really is before the migration; the Configuration page shows the file&apos;s database settings.</source>
        <translation>移行の前に、旧サーバーのデータが実際にどこにあるか確認してください。設定ページにファイルのデータベース設定が表示されます。</translation>
    </message>
    <message>
        <source>No embedded H2 database</source>
        <translation>組み込み H2 データベースなし</translation>
    </message>
    <message>
        <source>%1 uses no H2 database (%2).</source>
        <translation>%1 は H2 データベースを使用していません (%2)。</translation>
    </message>
    <message>
        <source>H2 in use: %1</source>
        <translation>H2 を使用中: %1</translation>
    </message>
    <message>
        <source>Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to 5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves the data behind.</source>
        <translation>5.10.0 より前のリリースの組み込み H2 データは、まず 5.10.0 に移行してそこで H2 ファイルを変換することでのみ引き継げます。%1 から %2 へ一度に移行すると、データは引き継がれません。</translation>
    </message>
    <message>
        <source>Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 to %1; or move the data to a production database before the migration.</source>
        <translation>まず 5.10.0 に移行してそこで H2 ファイルを変換し、その後 5.10.0 から %1 に移行してください。または、移行の前にデータを本番用データベースに移してください。</translation>
    </message>
    <message>
        <source>This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: convert the H2 files there before going on.</source>
        <translation>これは 5.10.0 より前のリリースの組み込み H2 データに必要な 5.10.0 での中継です: 先に進む前にここで H2 ファイルを変換してください。</translation>
    </message>
    <message>
        <source>Convert the H2 files after migrating to 5.10.0, before any later migration.</source>
        <translation>5.10.0 への移行後、以降の移行を行う前に H2 ファイルを変換してください。</translation>
    </message>
    <message>
        <source>6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old version wrote: they have to be converted (WSO2&apos;s H2 migration tool) before %1 starts. Homes on 5.11.0 with update level 111 or later already write the new format.</source>
        <translation>6.0.0 では H2 1.4.199 から H2 2.1.210 に移行しており、旧バージョンで書き込まれたファイルを開けません: %1 を起動する前に (WSO2 の H2 移行ツールで) 変換する必要があります。アップデートレベル 111 以降の 5.11.0 のホームは、すでに新しい形式で書き込みます。</translation>
    </message>
    <message>
        <source>Convert the H2 files with WSO2&apos;s H2 migration tool before starting %1, or move the data to a production database.</source>
        <translation>%1 を起動する前に WSO2 の H2 移行ツールで H2 ファイルを変換するか、データを本番用データベースに移してください。</translation>
    </message>
    <message>
        <source>Plan moving the data to a production database; until then copy the H2 files to the new home with the rest of its data.</source>
        <translation>データを本番用データベースに移す計画を立ててください。それまでは、H2 ファイルを他のデータとともに新ホームにコピーしてください。</translation>
    </message>
    <message>
        <source>%1 uses embedded H2: %2.</source>
        <translation>%1 は組み込み H2 を使用しています: %2。</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisiteChecks</name>
    <message>
        <source>IS homes</source>
        <translation>IS ホーム</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>移行経路</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>ディスクとメモリ</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>Customizations to carry over</source>
        <translation>引き継ぐカスタマイズ</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisitesPage</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ 合格</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>✖ blocker</source>
        <translation>✖ ブロッカー</translation>
    </message>
    <message>
        <source>– not applicable</source>
        <translation>– 該当なし</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Choose the IS home in use now and the unpacked home of the release to migrate to. The wizard reads their releases from their files.</source>
        <translation>現在使用中の IS ホームと、移行先リリースを展開したホームを選択してください。ウィザードはそれぞれのファイルからリリースを読み取ります。</translation>
    </message>
    <message>
        <source>Choose the Old IS Home</source>
        <translation>旧 IS ホームの選択</translation>
    </message>
    <message>
        <source>Choose the New IS Home</source>
        <translation>新 IS ホームの選択</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <source>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(Carbon kernel %1)</source>
        <translation>(Carbon カーネル %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) to carry over, e.g. %1.</source>
        <translation>
            <numerusform>引き継ぐカスタマイズが %n 件あります (例: %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IS homes…</source>
        <translation>IS ホームを読み取っています…</translation>
    </message>
    <message>
        <source>Choose the old IS home.</source>
        <translation>旧 IS ホームを選択してください。</translation>
    </message>
    <message>
        <source>The old IS home is not usable: see above.</source>
        <translation>旧 IS ホームを使用できません: 上記を参照してください。</translation>
    </message>
    <message>
        <source>Choose the new IS home.</source>
        <translation>新 IS ホームを選択してください。</translation>
    </message>
    <message>
        <source>The new IS home is not usable: see above.</source>
        <translation>新 IS ホームを使用できません: 上記を参照してください。</translation>
    </message>
    <message>
        <source>The new home (%1) must be a later release than the old one (%2): choose the homes the other way round, or the unpacked new release.</source>
        <translation>新ホーム (%1) は旧ホーム (%2) より新しいリリースである必要があります: ホームを逆に選択するか、展開した新しいリリースを選択してください。</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>チェックを実行しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.</source>
        <translation>
            <numerusform>修正する (その後「チェックを再実行」) か、理由を付けて承認する必要があるブロッカーが %n 件あります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Confirm the backup of the old home and its databases.</source>
        <translation>旧ホームとそのデータベースのバックアップを確認してください。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>不要</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未対応 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a check to see what it found.</source>
        <translation>チェックを選択すると、その結果が表示されます。</translation>
    </message>
    <message>
        <source>Concerns: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>対象: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;対処方法:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;決定:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>This cannot be accepted: choose other homes.</source>
        <translation>これは承認できません: 別のホームを選択してください。</translation>
    </message>
    <message>
        <source>carried over to the new home</source>
        <translation>新ホームに引き継ぎ済み</translation>
    </message>
    <message>
        <source>From %1 to %2: %3, %4, %5.</source>
        <translation>%1 から %2 へ: %3、%4、%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n 件のブロッカー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n 件合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) still to decide.</source>
        <translation>
            <numerusform>未決定のカスタマイズが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks run when both homes are chosen.</source>
        <translation>両方のホームを選択するとチェックが実行されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;checks&lt;/b&gt; then look at what the migration needs: the release steps it crosses and what each changes, H2 in use, free disk space and memory, the Java runtime each release would run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until it is fixed (&lt;b&gt;Run Checks Again&lt;/b&gt;) or accepted with a reason, for example when the server runs on another machine with its own Java. Mark each customization &lt;b&gt;done&lt;/b&gt; once it is in the new home, or &lt;b&gt;not needed&lt;/b&gt; with a reason. Results and decisions go into the project and its journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;旧 IS ホーム&lt;/b&gt;は、現在使用中の Identity Server のフォルダーです (&lt;i&gt;bin/&lt;/i&gt; と &lt;i&gt;repository/&lt;/i&gt; を含みます)。&lt;b&gt;新 IS ホーム&lt;/b&gt;は最新リリースで、ダウンロードして展開済みですが、まだデータベースに対して起動していないものです。&lt;/p&gt;&lt;p&gt;ウィザードは各ホームのリリースをそのファイルから読み取り、IS ホームではないフォルダーは、何が欠けているかを示して拒否します。移行は前方向に行う必要があります: 新しいリリースは旧リリースより新しくなければならず、最新リリースであることが推奨されます。&lt;/p&gt;&lt;p&gt;次に&lt;b&gt;チェック&lt;/b&gt;で、移行に必要な事項を確認します: 通過するリリースステップとそれぞれの変更点、H2 の使用、ディスクの空き容量とメモリ、各リリースが使用する Java ランタイム (JAVA_HOME、なければ PATH)、そして新ホームにない旧ホームのカスタマイズ (jar、JDBC ドライバー、ユーザーストア、キーストア、Web アプリ、テナント、変更された設定ファイル) です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ブロッカー&lt;/b&gt;がある間は、修正する (&lt;b&gt;チェックを再実行&lt;/b&gt;) か理由を付けて承認するまで「次へ」が無効のままです (例: サーバーが独自の Java を持つ別のマシンで動作する場合)。各カスタマイズは、新ホームに反映したら&lt;b&gt;完了&lt;/b&gt;、または理由を付けて&lt;b&gt;不要&lt;/b&gt;としてマークしてください。結果と決定はプロジェクトとそのジャーナルに記録されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::ProductionEstimate</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>No estimate for %1: it has not run to completion on an environment below %2. Run it there first (a real run, not a dry run) to measure its speed.</source>
        <translation>%1 の見積もりはありません: %2 より下位の環境で最後まで実行されていません。速度を測定するため、まずそこで実行してください (ドライランではなく実際の実行)。</translation>
    </message>
    <message>
        <source>%1: %2 rows removed in %3 (%4 rows/s)</source>
        <translation>%1: %3 で %2 行を削除 (%4 行/s)</translation>
    </message>
    <message>
        <source>No estimate for %1: run a dry run on %2 to count its rows (%3).</source>
        <translation>%1 の見積もりはありません: %2 でドライランを実行して行数を数えてください (%3)。</translation>
    </message>
    <message>
        <source>%1 — %2; the %3 dry run counted %4 eligible rows → about %5.</source>
        <translation>%1 — %2。%3 のドライランで対象行が %4 行カウントされました → 約 %5。</translation>
    </message>
    <message>
        <source>No estimate for %1: no cleanup has run on a lower environment and no dry run on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.</source>
        <translation>%1 の見積もりはありません: 下位の環境でクリーンアップが実行されておらず、%1 でのドライランでも行数がカウントされていません。下位の環境でクリーンアップを実行し、%1 でドライランを実行してください。</translation>
    </message>
    <message>
        <source>No estimate for %1 yet: see each script for what is missing.</source>
        <translation>%1 の見積もりはまだありません: 不足しているものは各スクリプトを参照してください。</translation>
    </message>
    <message>
        <source>Cleanup on %1: about %2 in total.</source>
        <translation>%1 でのクリーンアップ: 合計約 %2。</translation>
    </message>
    <message>
        <source>Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not included.</source>
        <translation>%1 でのクリーンアップ: 見積もり可能なスクリプトで少なくとも %2。その他のスクリプトは含まれていません。</translation>
    </message>
    <message>
        <source>An estimate, not a promise: load, hardware and indexes on %1 differ from the environments measured. Where a script ran more than once, the slowest run is used, and every figure is rounded up.</source>
        <translation>これは見積もりであり、保証ではありません: %1 の負荷、ハードウェア、インデックスは測定した環境とは異なります。スクリプトが複数回実行された場合は最も遅い実行を使用し、すべての数値は切り上げています。</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectPage</name>
    <message>
        <source>Migration projects (*.ismig)</source>
        <translation>移行プロジェクト (*.ismig)</translation>
    </message>
    <message>
        <source>Migration project</source>
        <translation>移行プロジェクト</translation>
    </message>
    <message>
        <source>One project file follows a migration through every environment, from development to production. Choose it, the environment you migrate now, and who you are.</source>
        <translation>1 つのプロジェクトファイルで、開発から本番まですべての環境の移行を追跡します。プロジェクトファイル、今回移行する環境、およびあなたの名前を指定してください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A migration moves each environment in turn: development first, then test, then a pilot on pre-production with a production-like database, and production last. One project file (&lt;i&gt;*.ismig&lt;/i&gt;) records all of them, so what dev and pre-prod found and how long their database cleanup took is in front of you when production comes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New Project&lt;/b&gt; starts a project file; &lt;b&gt;Open Project&lt;/b&gt; continues one. Choose the environment you migrate now and enter your name: every decision is journaled under it.&lt;/p&gt;&lt;p&gt;Production cannot start before a completed pre-production pilot is recorded, unless you acknowledge that with a reason. The reason goes into the journal and the final report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;移行は環境ごとに順に行います: まず開発、次にテスト、その後本番に近いデータベースを使ったプレ本番でのパイロット、最後に本番です。1 つのプロジェクトファイル (&lt;i&gt;*.ismig&lt;/i&gt;) にそのすべてが記録されるため、本番の番になったときに、開発やプレ本番で何が検出されたか、データベースのクリーンアップにどれだけ時間がかかったかを確認できます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;新規プロジェクト&lt;/b&gt;はプロジェクトファイルを新たに作成し、&lt;b&gt;プロジェクトを開く&lt;/b&gt;は既存のものを続行します。今回移行する環境を選択し、名前を入力してください: すべての決定はその名前でジャーナルに記録されます。&lt;/p&gt;&lt;p&gt;完了したプレ本番のパイロットが記録されるまで本番は開始できません。ただし、理由を付けて承認した場合は除きます。理由はジャーナルと最終レポートに記録されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Migration Project</source>
        <translation>新規移行プロジェクト</translation>
    </message>
    <message>
        <source>is-migration.ismig</source>
        <translation>is-migration.ismig</translation>
    </message>
    <message>
        <source>Open Migration Project</source>
        <translation>移行プロジェクトを開く</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>この一覧をクリア</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Create or open a project file to continue.</source>
        <translation>続行するには、プロジェクトファイルを作成するか開いてください。</translation>
    </message>
    <message>
        <source>Name the custom environment.</source>
        <translation>カスタム環境の名前を指定してください。</translation>
    </message>
    <message>
        <source>Enter your name as the operator of this run.</source>
        <translation>この実行のオペレーターとしてあなたの名前を入力してください。</translation>
    </message>
    <message>
        <source>Give the reason for going ahead in a few words (at least %1 characters).</source>
        <translation>続行する理由を簡潔に記入してください (%1 文字以上)。</translation>
    </message>
    <message>
        <source>Tick the acknowledgement to go ahead without a completed pre-production pilot.</source>
        <translation>完了したプレ本番のパイロットなしで続行するには、承認のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · created %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · 作成日 %3</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>開いているプロジェクトはありません。この移行用に新しいプロジェクトを作成するか、以前の環境で使用したプロジェクトを開いてください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectStore</name>
    <message>
        <source>The project file %1 is damaged (%2: %3). It was not changed. Restore it from your backup; if the wizard ever upgraded its format, the copy it made then lies beside it (*.schema-N.bak).</source>
        <translation>プロジェクトファイル %1 は破損しています (%2: %3)。ファイルは変更されていません。バックアップから復元してください。ウィザードが以前にファイル形式をアップグレードした場合は、その際に作成されたコピーが同じ場所にあります (*.schema-N.bak)。</translation>
    </message>
    <message>
        <source>Could not %1 in the project file %2: %3. Check that the disk is not full and the file is writable; the change was not saved.</source>
        <extracomment>%1 is what was being done, from the messages &quot;open&quot;, &quot;read&quot;, &quot;check&quot;, &quot;commit&quot;, &quot;set up&quot; (an infinitive), %2 the file&apos;s path, %3 the database&apos;s own error text.</extracomment>
        <translation>プロジェクトファイル %2 で処理 (%1) を実行できませんでした: %3。ディスクに空きがあり、ファイルが書き込み可能であることを確認してください。変更は保存されていません。</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>ステートメントの準備</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>No project file is open.</source>
        <translation>プロジェクトファイルが開かれていません。</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Choose an existing *.ismig file or create a new project.</source>
        <translation>プロジェクトファイル %1 が存在しません。既存の *.ismig ファイルを選択するか、新しいプロジェクトを作成してください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a migration project file. Choose a *.ismig file.</source>
        <translation>%1 はフォルダーであり、移行プロジェクトファイルではありません。*.ismig ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 を読み取れませんでした: %2。ファイルのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a migration project. It was not changed.</source>
        <translation>%1 は空のため、移行プロジェクトではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 is not a migration project file (it is not an SQLite database). It was not changed. Choose a *.ismig file made by the IS Migration Wizard.</source>
        <translation>%1 は移行プロジェクトファイルではありません (SQLite データベースではありません)。ファイルは変更されていません。IS Migration Wizard で作成した *.ismig ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there first: two wizards writing one project would mix their records.</source>
        <translation>プロジェクト %1 は別の IS Migration Wizard で開かれています (%3 上のプロセス %2)。先にそちらで閉じてください: 2 つのウィザードが 1 つのプロジェクトに書き込むと、記録が混在してしまいます。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a migration project. It was not changed.</source>
        <translation>%1 は別のプログラムの SQLite データベースであり、移行プロジェクトではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to format %3). Update the wizard to open it. The file was not changed.</source>
        <translation>%1 は新しいバージョンの IS Migration Wizard で書き込まれています (プロジェクト形式 %2。このバージョンが読み取れるのは形式 %3 までです)。開くにはウィザードを更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new project.</source>
        <translation>%1 は既に存在します。そのファイルを開くか、新しいプロジェクトに別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Could not create %1. Check that the folder exists and is writable.</source>
        <translation>%1 を作成できませんでした。フォルダーが存在し、書き込み可能であることを確認してください。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>セットアップ</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; the file was not changed.</source>
        <translation>形式のアップグレード前に %1 を %2 にバックアップできませんでした。フォルダーが書き込み可能であることを確認してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 has no project format version. It was not changed.</source>
        <translation>%1 にはプロジェクト形式のバージョンがありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>ジャーナルの読み取り</translation>
    </message>
    <message>
        <source>read the checklist</source>
        <translation>チェックリストの読み取り</translation>
    </message>
    <message>
        <source>The project file %1 has lost its project record. Restore it from a backup.</source>
        <translation>プロジェクトファイル %1 のプロジェクトレコードが失われています。バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ReleaseRules</name>
    <message>
        <source>Unknown rule file format; this program reads format 1.</source>
        <translation>不明なルールファイル形式です。このプログラムが読み取れるのは形式 1 です。</translation>
    </message>
    <message>
        <source>[step] must be a table.</source>
        <translation>[step] はテーブルである必要があります。</translation>
    </message>
    <message>
        <source>every_migration must be true when it is given.</source>
        <translation>every_migration を指定する場合は true である必要があります。</translation>
    </message>
    <message>
        <source>A step must go to a newer release.</source>
        <translation>ステップは新しいリリースへ進む必要があります。</translation>
    </message>
    <message>
        <source>Rules are written as [[rule]] tables.</source>
        <translation>ルールは [[rule]] テーブルとして記述します。</translation>
    </message>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>不明なキー「%1」です。</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>「%1」がありません。</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>「%1」は文字列である必要があります。</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>「%1」は空にできません。</translation>
    </message>
    <message>
        <source>“%1” must be a string or an array of strings.</source>
        <translation>「%1」は文字列または文字列の配列である必要があります。</translation>
    </message>
    <message>
        <source>“%1” is not a key path.</source>
        <translation>「%1」はキーパスではありません。</translation>
    </message>
    <message>
        <source>A regular expression must be a string.</source>
        <translation>正規表現は文字列である必要があります。</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation>無効な正規表現です: %1。</translation>
    </message>
    <message>
        <source>A release must be a string such as &quot;7.1.0&quot;.</source>
        <translation>リリースは &quot;7.1.0&quot; のような文字列である必要があります。</translation>
    </message>
    <message>
        <source>“%1” is not a release.</source>
        <translation>「%1」はリリースではありません。</translation>
    </message>
    <message>
        <source>A value to compare with must be a string, number or boolean.</source>
        <translation>比較する値は文字列、数値、またはブール値である必要があります。</translation>
    </message>
    <message>
        <source>“%1” is not a key name.</source>
        <translation>「%1」はキー名ではありません。</translation>
    </message>
    <message>
        <source>“%1” must be an array.</source>
        <translation>「%1」は配列である必要があります。</translation>
    </message>
    <message>
        <source>“%1” must be a table of key paths.</source>
        <translation>「%1」はキーパスのテーブルである必要があります。</translation>
    </message>
    <message>
        <source>Unknown condition “%1”.</source>
        <translation>不明な条件「%1」です。</translation>
    </message>
    <message>
        <source>value_* and sibling_* conditions need the rule&apos;s path.</source>
        <translation>value_* および sibling_* 条件にはルールのパスが必要です。</translation>
    </message>
    <message>
        <source>An edit must be a table.</source>
        <translation>編集はテーブルである必要があります。</translation>
    </message>
    <message>
        <source>Unknown edit action “%1”.</source>
        <translation>不明な編集アクション「%1」です。</translation>
    </message>
    <message>
        <source>“%1” does not belong to a %2 edit.</source>
        <translation>「%1」は %2 編集には使用できません。</translation>
    </message>
    <message>
        <source>An edit names either a key beside the rule&apos;s key or a target path, not both.</source>
        <translation>編集では、ルールのキーと同じ階層のキーか、ターゲットパスのどちらか一方を指定します。両方は指定できません。</translation>
    </message>
    <message>
        <source>A target path cannot contain &apos;*&apos;.</source>
        <translation>ターゲットパスに &apos;*&apos; を含めることはできません。</translation>
    </message>
    <message>
        <source>An append edit&apos;s value must be an array.</source>
        <translation>append 編集の値は配列である必要があります。</translation>
    </message>
    <message>
        <source>A map edit needs a table of old value = new value.</source>
        <translation>map 編集には「旧値 = 新値」のテーブルが必要です。</translation>
    </message>
    <message>
        <source>An edit of a rule without a path needs a target.</source>
        <translation>パスのないルールの編集にはターゲットが必要です。</translation>
    </message>
    <message>
        <source>“after” cannot contain &apos;*&apos;.</source>
        <translation>“after” に &apos;*&apos; を含めることはできません。</translation>
    </message>
    <message>
        <source>{{%1}} needs the rule&apos;s path.</source>
        <translation>{{%1}} にはルールのパスが必要です。</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>不明なプレースホルダー {{%1}} です。</translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use info, warning or blocker.</source>
        <translation>不明な重大度「%1」です: info、warning、blocker のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>A rule must be a table.</source>
        <translation>ルールはテーブルである必要があります。</translation>
    </message>
    <message>
        <source>A rule id in this file starts with “%1”.</source>
        <translation>このファイルのルール ID は「%1」で始まります。</translation>
    </message>
    <message>
        <source>A rule id is the release, &apos;/&apos;, and lower-case words joined by &apos;-&apos;.</source>
        <translation>ルール ID は、リリース、&apos;/&apos;、および &apos;-&apos; で連結した小文字の単語で構成されます。</translation>
    </message>
    <message>
        <source>[rule.when] must be a table.</source>
        <translation>[rule.when] はテーブルである必要があります。</translation>
    </message>
    <message>
        <source>[rule.escalate] must be a table.</source>
        <translation>[rule.escalate] はテーブルである必要があります。</translation>
    </message>
    <message>
        <source>An escalation must raise the severity.</source>
        <translation>エスカレーションでは重大度を上げる必要があります。</translation>
    </message>
    <message>
        <source>An escalation needs a condition.</source>
        <translation>エスカレーションには条件が必要です。</translation>
    </message>
    <message>
        <source>This edit needs the rule&apos;s path.</source>
        <translation>この編集にはルールのパスが必要です。</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>ルール「%1」: %2</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>ルールはプログラムの一部です: バグとして報告してください。</translation>
    </message>
    <message>
        <source>Correct the rule file; the rules are documented in resources/rules/README.md.</source>
        <translation>ルールファイルを修正してください。ルールについては resources/rules/README.md に記載されています。</translation>
    </message>
    <message>
        <source>The rule file cannot be read: %1.</source>
        <translation>ルールファイルを読み取れません: %1。</translation>
    </message>
    <message>
        <source>The rule file is not valid TOML.</source>
        <translation>ルールファイルは有効な TOML ではありません。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>No rule files (*.toml) found.</source>
        <translation>ルールファイル (*.toml) が見つかりません。</translation>
    </message>
    <message>
        <source>The id is already used in %1, line %2.</source>
        <translation>この ID は既に %1 の %2 行目で使用されています。</translation>
    </message>
    <message>
        <source>The step %1 does not continue the step %2 (%3).</source>
        <translation>ステップ %1 はステップ %2 (%3) の続きになっていません。</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportCommand</name>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>There is no project file %1. Check the path.</source>
        <translation>プロジェクトファイル %1 がありません。パスを確認してください。</translation>
    </message>
    <message>
        <source>The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the report from the wizard&apos;s report page, or close the project there and run this command again.</source>
        <translation>プロジェクト %1 は IS Migration Wizard で開かれています (%3 上のプロセス %2)。ウィザードのレポートページからレポートをエクスポートするか、そちらでプロジェクトを閉じてからこのコマンドを再実行してください。</translation>
    </message>
    <message>
        <source>Cannot read %1 into a temporary folder (%2). Check that the file is readable and the disk has room.</source>
        <translation>%1 を一時フォルダーに読み込めません (%2)。ファイルが読み取り可能で、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is in the older project format %2; it was read through an upgraded temporary copy and was not changed. Opening it in the wizard upgrades it.</source>
        <translation>%1 は旧プロジェクト形式 %2 です。アップグレードした一時コピーを介して読み取ったため、ファイルは変更されていません。ウィザードで開くとアップグレードされます。</translation>
    </message>
    <message>
        <source>To check it without this tool, in %1 run:</source>
        <translation>このツールを使わずに確認するには、%1 で次を実行します:</translation>
    </message>
    <message>
        <source>The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed report.</source>
        <translation>1 つの環境の移行レポートを PDF、HTML、JSON で出力して署名します。また、署名済みレポートをチェックします。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>使用法: %1 %2</translation>
    </message>
    <message>
        <source>Run “%1 report export --help” or “%1 report verify --help” for the options.</source>
        <translation>オプションについては「%1 report export --help」または「%1 report verify --help」を実行してください。</translation>
    </message>
    <message>
        <source>name a subcommand: export or verify.</source>
        <translation>サブコマンドを指定してください: export または verify。</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”: use export or verify.</source>
        <translation>不明なサブコマンド「%1」です: export または verify を使用してください。</translation>
    </message>
    <message>
        <source>Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the manifest (.p7s). All files appear together or none does. The project file is read, never changed.
Exit codes: 0 written (also when the verdict is “not ready”: that is the report&apos;s finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the wizard).</source>
        <translation>1 つの環境の移行レポートを書き込みます: PDF、必要に応じて同内容の HTML と JSON、それらの SHA-256 マニフェスト (report.pdf.sha256)、および --sign を指定した場合は PDF とマニフェストの CMS 署名 (.p7s)。すべてのファイルがそろって出力されるか、何も出力されないかのどちらかです。プロジェクトファイルは読み取るだけで、変更されません。
終了コード: 0 書き込み完了 (判定が「準備未完了」の場合も含みます: それはレポートの検出結果であり、理由はレポートを参照してください)。2 入力エラー (不明な環境、読み取れないプロジェクト、誤ったパスフレーズ、署名に使用できない証明書)。3 I/O エラー (フォルダーがない、プロジェクトがウィザードで開かれている)。</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>サブコマンド。</translation>
    </message>
    <message>
        <source>The migration project file (*.ismig).</source>
        <translation>移行プロジェクトファイル (*.ismig)。</translation>
    </message>
    <message>
        <source>The environment to report on.</source>
        <translation>レポート対象の環境。</translation>
    </message>
    <message>
        <source>Where to write the PDF report.</source>
        <translation>PDF レポートの書き込み先。</translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation>レポートを HTML としてこのファイルにも書き込みます。</translation>
    </message>
    <message>
        <source>Also write the report as JSON (schema ismw-report) to this file.</source>
        <translation>レポートを JSON (スキーマ ismw-report) としてこのファイルにも書き込みます。</translation>
    </message>
    <message>
        <source>Sign with the certificate and key in this PKCS#12 file.</source>
        <translation>この PKCS#12 ファイル内の証明書と鍵で署名します。</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of stdin.</source>
        <translation>PKCS#12 のパスフレーズを stdin の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Report this run of the environment (default: its latest).</source>
        <translation>環境のこの実行についてレポートします (既定: 最新の実行)。</translation>
    </message>
    <message>
        <source>name one project file.</source>
        <translation>プロジェクトファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <source>name the environment with --environment.</source>
        <translation>--environment で環境を指定してください。</translation>
    </message>
    <message>
        <source>name the PDF to write with -o.</source>
        <translation>-o で書き込む PDF を指定してください。</translation>
    </message>
    <message>
        <source>--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read from stdin, never from the command line.</source>
        <translation>--sign と --pass-stdin は併用します: PKCS#12 ファイルのパスフレーズは stdin から読み取られ、コマンドラインからは決して読み取られません。</translation>
    </message>
    <message>
        <source>--run “%1” is not a run id.</source>
        <translation>--run「%1」は実行 ID ではありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your signing certificate and key.</source>
        <translation>証明書ファイル %1 がありません。署名用の証明書と鍵を含む PKCS#12 (.p12 または .pfx) ファイルを指定してください。</translation>
    </message>
    <message>
        <source>No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a file only you can read: --pass-stdin &lt; pass.txt.</source>
        <translation>stdin にパスフレーズがありません: --pass-stdin は 1 行目から読み取ります。例えば、あなただけが読み取れるファイルから: --pass-stdin &lt; pass.txt。</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>%1 の判定: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>書き込み済み:</translation>
    </message>
    <message>
        <source>Signed by %1, issued by %2, certificate valid until %3.</source>
        <translation>署名者 %1、発行者 %2、証明書の有効期限 %3。</translation>
    </message>
    <message>
        <source>Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and its signature are beside it, every file the manifest lists. With --ca, also that the signer&apos;s certificate was issued by that certificate authority.
Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does not match, a signer the CA does not trust); 2 bad input (no such report or signature).</source>
        <translation>署名済みレポートをチェックします: PDF をその署名と照合し、マニフェスト report.pdf.sha256 とその署名が同じ場所にある場合は、マニフェストに記載されたすべてのファイルも照合します。--ca を指定すると、署名者の証明書がその認証局によって発行されたことも確認します。
終了コード: 0 検証成功。1 検証失敗 (変更された、または欠落したファイル、一致しない署名、CA が信頼しない署名者)。2 入力エラー (該当するレポートまたは署名がない)。</translation>
    </message>
    <message>
        <source>The signed PDF report.</source>
        <translation>署名済みの PDF レポート。</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature (default: REPORT.p7s).</source>
        <translation>PDF の署名 (既定: REPORT.p7s)。</translation>
    </message>
    <message>
        <source>Check that the signer chains to a CA in this PEM file.</source>
        <translation>署名者がこの PEM ファイル内の CA につながることを確認します。</translation>
    </message>
    <message>
        <source>name one report PDF.</source>
        <translation>レポート PDF を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>there is no CA file %1.</source>
        <translation>CA ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>not checked: no --ca given</source>
        <translation>未チェック: --ca が指定されていません</translation>
    </message>
    <message>
        <source>trusted by %1</source>
        <translation>%1 によって信頼されています</translation>
    </message>
    <message>
        <source>NOT trusted by %1</source>
        <translation>%1 によって信頼されていません</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>署名: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>署名者: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>署名日時: %1</translation>
    </message>
    <message>
        <source>Report unchanged: %1</source>
        <translation>レポートの変更なし: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>一致しません</translation>
    </message>
    <message>
        <source>Manifest: none beside the report; only the PDF was checked.</source>
        <translation>マニフェスト: レポートと同じ場所にありません。PDF のみをチェックしました。</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>チェーン: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>検証に成功しました。</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>検証に失敗しました。</translation>
    </message>
    <message>
        <source>Manifest %1: %2, %3, %4; signature %5.</source>
        <extracomment>%1 the manifest&apos;s path; %2 files listed, %3 changed, %4 missing (each counted in its own message); %5 the state of its signature.</extracomment>
        <translation>マニフェスト %1: %2、%3、%4。署名 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) listed</source>
        <translation>
            <numerusform>記載ファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>変更 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>欠落 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ReportData</name>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>a blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message numerus="yes">
        <source> and %n more (see the checklist)</source>
        <translation>
            <numerusform> ほか %n 件 (チェックリストを参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>The run on %1 was still in progress when this report was made.</source>
        <translation>このレポートの作成時点で、%1 での実行はまだ進行中でした。</translation>
    </message>
    <message>
        <source>The run on %1 was rolled back.</source>
        <translation>%1 での実行はロールバックされました。</translation>
    </message>
    <message>
        <source>The run on %1 was abandoned before it finished.</source>
        <translation>%1 での実行は完了前に中止されました。</translation>
    </message>
    <message>
        <source>The check %1 is %2 and was not accepted: %3</source>
        <extracomment>%1 is the check&apos;s id, %2 its state (&quot;a warning&quot;, &quot;a blocker&quot;), %3 its summary.</extracomment>
        <translation>チェック %1 は%2であり、承認されていません: %3</translation>
    </message>
    <message>
        <source>The automatic check %1 did not pass and was not accepted: %2</source>
        <translation>自動チェック %1 は合格せず、承認されていません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or blocker(s) were accepted with a reason; see the checks.</source>
        <translation>
            <numerusform>%n 件の警告またはブロッカーが理由を付けて承認されました。チェックを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases were recorded for this run: the migrated system was not verified.</source>
        <translation>この実行ではテストケースが記録されていません: 移行後のシステムは検証されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed: %1.</source>
        <translation>
            <numerusform>%n 件のテストケースが失敗しました: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are blocked: %1.</source>
        <translation>
            <numerusform>%n 件のテストケースがブロックされています: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) were not run: %1. A case not run has not shown that the migrated system works.</source>
        <translation>
            <numerusform>%n 件のテストケースが実行されていません: %1。実行されていないテストケースでは、移行後のシステムが動作することは示されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not switch users to the new system on %1 until every reason above is resolved.</source>
        <translation>上記のすべての理由が解決されるまで、%1 のユーザーを新しいシステムに切り替えないでください。</translation>
    </message>
    <message>
        <source>If traffic already goes to the new system, route it back to the old environment (load balancer or DNS) and keep the old IS home and its databases untouched.</source>
        <translation>すでにトラフィックが新しいシステムに流れている場合は、(ロードバランサーまたは DNS で) 旧環境に戻し、旧 IS ホームとそのデータベースには手を触れないでください。</translation>
    </message>
    <message>
        <source>Investigate the failed checks and test cases, and the errors in the server log, before trying again.</source>
        <translation>再試行する前に、失敗したチェックとテストケース、およびサーバーログのエラーを調査してください。</translation>
    </message>
    <message>
        <source>If the database cleanup or migration left the databases in a doubtful state, restore them from the backup taken before the migration.</source>
        <translation>データベースのクリーンアップまたは移行によってデータベースの状態が疑わしくなった場合は、移行前に取得したバックアップから復元してください。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>The project has no environment “%1”; it has no environments at all yet. Start a run in the wizard first.</source>
        <translation>プロジェクトに環境「%1」はありません。環境がまだ 1 つもありません。まずウィザードで実行を開始してください。</translation>
    </message>
    <message>
        <source>The project has no environment “%1”. Choose one of: %2.</source>
        <translation>プロジェクトに環境「%1」はありません。次のいずれかを選択してください: %2。</translation>
    </message>
    <message>
        <source>The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.</source>
        <translation>環境 %1 にはまだ実行がないため、レポートする内容がありません。まず %1 でウィザードを実行してください。</translation>
    </message>
    <message>
        <source>Run %1 is not a run of the environment %2. Leave the run out to report the latest run of %2.</source>
        <translation>実行 %1 は環境 %2 の実行ではありません。実行の指定を省略すると、%2 の最新の実行についてレポートします。</translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</source>
        <translation>
            <numerusform>ジャーナルのハッシュチェーンは検証されました: %n 件のエントリはいずれも変更または削除されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain breaks at entry %1: an entry was changed or removed outside the wizard, so the project&apos;s record cannot be trusted. Find out who changed the project file.</source>
        <translation>ジャーナルのハッシュチェーンがエントリ %1 で途切れています: エントリがウィザードの外部で変更または削除されたため、プロジェクトの記録は信頼できません。誰がプロジェクトファイルを変更したかを確認してください。</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 was cancelled.</source>
        <extracomment>%1 is the script&apos;s file name, %2 the database entry (e.g. identity_db).</extracomment>
        <translation>%2 でのクリーンアップスクリプト %1 のドライランはキャンセルされました。</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 failed.</source>
        <translation>%2 でのクリーンアップスクリプト %1 のドライランは失敗しました。</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 was cancelled.</source>
        <translation>%2 でのクリーンアップスクリプト %1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 failed.</source>
        <translation>%2 でのクリーンアップスクリプト %1 は失敗しました。</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportExport</name>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation>%1 に書き込めません: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 を書き込めません: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.</source>
        <translation>%1 を配置できません: %2。何もエクスポートされていません。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report.</source>
        <translation>PDF レポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>%1 is named for two of the exported files. Give each file its own name.</source>
        <translation>%1 がエクスポートする 2 つのファイルの名前として指定されています。各ファイルに別々の名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist. Create it, or choose another folder.</source>
        <translation>%2 用のフォルダー %1 が存在しません。作成するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>There is no report %1. Check the path.</source>
        <translation>レポート %1 がありません。パスを確認してください。</translation>
    </message>
    <message>
        <source>There is no signature %1 for the report %2. Name the signature file (report.pdf.p7s) that came with the report, or export the report again with a certificate.</source>
        <translation>レポート %2 の署名 %1 がありません。レポートに付属する署名ファイル (report.pdf.p7s) を指定するか、証明書を使ってレポートを再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The manifest %1 has no signature %2, so the files it lists are not covered by a signature. Use the files as exported, with both signatures.</source>
        <translation>マニフェスト %1 に署名 %2 がないため、マニフェストに記載されたファイルは署名で保護されていません。エクスポートされたとおりのファイルを、両方の署名とともに使用してください。</translation>
    </message>
    <message>
        <source>%1 was changed after the report was exported: its SHA-256 no longer matches the manifest %2. Do not rely on it.</source>
        <translation>%1 はレポートのエクスポート後に変更されています: SHA-256 がマニフェスト %2 と一致しません。このファイルは信頼しないでください。</translation>
    </message>
    <message>
        <source>%1, listed in the manifest %2, is missing. Keep the exported files together.</source>
        <translation>マニフェスト %2 に記載されている %1 がありません。エクスポートしたファイルはまとめて保管してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportPage</name>
    <message>
        <source>Signed by %1 (certificate issued by %2)</source>
        <translation>署名者 %1 (証明書の発行者 %2)</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <extracomment>%1 is &quot;Signed by &lt;subject&gt; (certificate issued by &lt;issuer&gt;)&quot;, %2 the signing time</extracomment>
        <translation>%1、%2。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>The record of this environment&apos;s migration for the change board or auditor: export it, sign it with your certificate, and check a signed report.</source>
        <translation>変更管理委員会や監査担当者向けの、この環境の移行記録です: エクスポートし、あなたの証明書で署名し、署名済みレポートをチェックします。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Your Certificate</source>
        <translation>証明書の選択</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Signed Report</source>
        <translation>署名済みレポートを開く</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF ドキュメント (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation>CA 証明書の選択</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report covers the latest run on this environment: the verdict and why, the homes and releases, every check with the reasons given for accepting it, the configuration decisions, the cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, the log scan, the journal, and the production time estimate with its basis.&lt;/p&gt;&lt;p&gt;Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) with the SHA-256 of each file. Signing adds a CMS detached signature of the PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) and one of the manifest, with your certificate from a PKCS#12 file. The passphrase is used once and never stored.&lt;/p&gt;&lt;p&gt;Anyone can check a signed report without this tool; the commands are in the report&apos;s appendix: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, the same for the manifest, and &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Check Signature&lt;/b&gt; does the same here and names any file that changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;レポートは、この環境での最新の実行を対象とします: 判定とその理由、ホームとリリース、すべてのチェックと承認時に記入された理由、設定に関する決定、クリーンアップの実行とその件数および所要時間、テストケースとその証跡の SHA-256、ログのスキャン、ジャーナル、そして本番の所要時間の見積もりとその根拠です。&lt;/p&gt;&lt;p&gt;エクスポートでは PDF と、選択した場合は HTML のコピーと機械処理用の同内容の JSON、さらに各ファイルの SHA-256 を記載したマニフェスト (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) を書き込みます。署名では、PKCS#12 ファイルのあなたの証明書を使用して、PDF の CMS 分離署名 (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) とマニフェストの署名を追加します。パスフレーズは一度だけ使用され、保存されることはありません。&lt;/p&gt;&lt;p&gt;署名済みレポートは、このツールがなくても誰でもチェックできます。コマンドはレポートの付録に記載されています: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;、マニフェストについても同様、そして &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt; です。&lt;b&gt;署名のチェック&lt;/b&gt;はここで同じことを行い、変更されたファイルがあればその名前を示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The report is being written. Wait until the export has finished.</source>
        <translation>レポートを書き込んでいます。エクスポートが完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Finish Without a Report</source>
        <translation>レポートなしで終了</translation>
    </message>
    <message>
        <source>No report was exported in this session. Finish anyway? The project keeps everything, and the report can be exported later from the project.</source>
        <translation>このセッションではレポートがエクスポートされていません。それでも終了しますか? すべての内容はプロジェクトに保持されており、後でプロジェクトからレポートをエクスポートできます。</translation>
    </message>
    <message>
        <source>Run finished with the verdict “%1”.</source>
        <translation>実行は判定「%1」で終了しました。</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>実行が終了しました。</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>%1 の判定: %2</translation>
    </message>
    <message>
        <source>%1 → %2, run by %3, started %4.</source>
        <translation>%1 → %2、実行者 %3、開始 %4。</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>ロールバック:</translation>
    </message>
    <message>
        <source>Production estimate:</source>
        <translation>本番の見積もり:</translation>
    </message>
    <message>
        <source>no cleanup run was recorded on a lower environment, so there is nothing to scale.</source>
        <translation>下位の環境でクリーンアップの実行が記録されていないため、換算の基になるデータがありません。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>レポートを書き込んでいます…</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>書き込み済み: %1。</translation>
    </message>
    <message>
        <source>Signed as %1 (certificate valid until %2).</source>
        <translation>%1 として署名しました (証明書の有効期限 %2)。</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>署名されていません。</translation>
    </message>
    <message>
        <source>Report with the verdict “%1” exported to %2%3.</source>
        <translation>判定「%1」のレポートを %2 にエクスポートしました%3。</translation>
    </message>
    <message>
        <source>, signed as %1</source>
        <translation> (%1 として署名済み)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>レポートは改ざんされていません。</translation>
    </message>
    <message>
        <source>The report does not verify.</source>
        <translation>レポートを検証できません。</translation>
    </message>
    <message>
        <source>Who signed was not checked: choose the CA certificates to check it.</source>
        <translation>署名者はチェックされていません: チェックするには CA 証明書を選択してください。</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the CA given.</source>
        <translation>署名者の証明書は指定された CA につながっています。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the manifest checked.</source>
        <translation>
            <numerusform>マニフェストの %n 件のファイルをチェックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest next to the report: only the PDF was checked.</source>
        <translation>レポートと同じ場所にマニフェストがありません: PDF のみをチェックしました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>改ざんなし</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportRenderer</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>移行レポート: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 → %2</source>
        <translation>WSO2 Identity Server %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1、%2 から %3 (%4)</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>レポート作成</translation>
    </message>
    <message>
        <source>%1 by IS Migration Wizard %2</source>
        <translation>%1 (IS Migration Wizard %2 により作成)</translation>
    </message>
    <message>
        <source>Why it is not ready:</source>
        <translation>準備未完了の理由:</translation>
    </message>
    <message>
        <source>Also note:</source>
        <translation>その他の注意事項:</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>Column of the homes table: &quot;Old&quot; or &quot;New&quot;.</extracomment>
        <translation>側</translation>
    </message>
    <message>
        <source>IS home</source>
        <translation>IS ホーム</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>以前の実行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Homes and releases</source>
        <translation>ホームとリリース</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>記録なし。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Summary and details</source>
        <translation>概要と詳細</translation>
    </message>
    <message>
        <source>Accepted with the reason</source>
        <translation>承認理由</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Acknowledged risks</source>
        <translation>承認済みのリスク</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Columns of the accepted risks: who accepted it (&quot;By&quot;) and when.</extracomment>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>データベースのクリーンアップ</translation>
    </message>
    <message>
        <source>No cleanup ran in this run.</source>
        <translation>この実行ではクリーンアップは実行されていません。</translation>
    </message>
    <message>
        <source>Database and script</source>
        <translation>データベースとスクリプト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>実行前の行数</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>実行後の行数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Real run</source>
        <translation>実際の実行</translation>
    </message>
    <message>
        <source>Messages of %1 on %2:</source>
        <translation>%2 での %1 のメッセージ:</translation>
    </message>
    <message>
        <source>Time estimate for the cleanup on %1</source>
        <translation>%1 でのクリーンアップの所要時間の見積もり</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <source>No test cases were recorded.</source>
        <translation>テストケースは記録されていません。</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation>証跡 (SHA-256)</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>期待される結果: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.</source>
        <translation>%1 件のテストケース: 合格 %2、失敗 %3、ブロック %4、未実行 %5、該当なし %6。</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーログ</translation>
    </message>
    <message>
        <source>No server log was scanned in this run.</source>
        <translation>この実行ではサーバーログはスキャンされていません。</translation>
    </message>
    <message>
        <source>Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.</source>
        <translation>ファイル: %1。開始日時: %2。読み取った行数: %3。エラー: %4、致命的: %5。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Level and logger</source>
        <translation>レベルとロガー</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>First and last</source>
        <translation>最初と最後</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <source>The manifest %1 lists the SHA-256 of every exported file: %2.</source>
        <translation>マニフェスト %1 には、エクスポートされたすべてのファイルの SHA-256 が記載されています: %2。</translation>
    </message>
    <message>
        <source>A PDF cannot contain its own hash: this PDF is covered by its signature %1 and by the manifest, not by a hash printed here.</source>
        <translation>PDF には自身のハッシュを含めることができません: この PDF は、ここに記載されたハッシュではなく、署名 %1 とマニフェストによって保護されています。</translation>
    </message>
    <message>
        <source>The report and the manifest are signed (CMS, SHA-256). To check them without this tool, run these commands in the folder that holds the files:</source>
        <translation>レポートとマニフェストは署名済みです (CMS、SHA-256)。このツールを使わずにチェックするには、ファイルがあるフォルダーで次のコマンドを実行してください:</translation>
    </message>
    <message>
        <source>This export was not signed. Once it is signed, these commands in the folder that holds the files check it without this tool:</source>
        <translation>このエクスポートは署名されていません。署名後は、ファイルがあるフォルダーで次のコマンドを実行すると、このツールを使わずにチェックできます:</translation>
    </message>
    <message>
        <source>“-noverify” checks that the files are unchanged since they were signed; replace it with “-CAfile CA.pem” (your certificate authority) to check the signer as well. Each command must end without an error, and sha256sum must print OK for every file.</source>
        <translation>「-noverify」は、署名後にファイルが変更されていないことをチェックします。署名者もチェックするには、これを「-CAfile CA.pem」(あなたの認証局) に置き換えてください。各コマンドがエラーなしで終了し、sha256sum がすべてのファイルについて OK と出力する必要があります。</translation>
    </message>
    <message>
        <source>Appendix: verifying this report</source>
        <translation>付録: このレポートの検証</translation>
    </message>
    <message>
        <source>Migration report: %1 — %2</source>
        <translation>移行レポート: %1 — %2</translation>
    </message>
    <message>
        <source>Rollback guidance</source>
        <translation>ロールバックの手引き</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>自動チェック</translation>
    </message>
    <message>
        <source>Cannot write the PDF: the program runs without its graphics layer (QGuiApplication). Export HTML or JSON instead, or report this as a bug.</source>
        <translation>PDF を書き込めません: プログラムがグラフィックス層 (QGuiApplication) なしで実行されています。代わりに HTML または JSON をエクスポートするか、バグとして報告してください。</translation>
    </message>
    <message>
        <source>IS Migration Wizard %1</source>
        <translation>IS Migration Wizard %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no PDF for the report. Export HTML or JSON instead, and report this as a bug.</source>
        <translation>Qt の PDF ライターがレポートの PDF を生成しませんでした。代わりに HTML または JSON をエクスポートし、バグとして報告してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 を書き込めません: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportSigner</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 を書き込めません: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot read %1 to list it in the manifest: %2.</source>
        <translation>マニフェストに記載するための %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a manifest written by this tool: the line &quot;%2&quot; has no SHA-256 and file name. Export the report again.</source>
        <translation>%1 はこのツールで書き込まれたマニフェストではありません: 行 &quot;%2&quot; に SHA-256 とファイル名がありません。レポートを再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the signing key and its certificate chain as PKCS#12 and choose that file.</source>
        <translation>%1 は PKCS#12 ファイル (.p12 または .pfx) ではないか、破損しています。署名鍵とその証明書チェーンを PKCS#12 としてエクスポートし、そのファイルを選択してください。</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.</source>
        <translation>%1 のパスフレーズが正しくありません。この PKCS#12 ファイルを保護しているパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; files that use old encryption may need to be exported again.</source>
        <translation>%1 を開けません (%2)。署名用に作成された PKCS#12 ファイルであることを確認してください。古い暗号化を使用しているファイルは、再度エクスポートが必要な場合があります。</translation>
    </message>
    <message>
        <source>%1 holds no private key. Export the signing key together with its certificate.</source>
        <translation>%1 には秘密鍵が含まれていません。署名鍵をその証明書と一緒にエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 holds a key but no certificate. Export the key together with its certificate and chain.</source>
        <translation>%1 には鍵が含まれていますが、証明書が含まれていません。鍵をその証明書およびチェーンと一緒にエクスポートしてください。</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Renew it or choose a valid signing certificate.</source>
        <translation>%1 の証明書は %2 に有効期限が切れています。更新するか、有効な署名用証明書を選択してください。</translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2. Check the computer&apos;s clock or choose another certificate.</source>
        <translation>%1 の証明書は %2 より前は有効ではありません。コンピューターの時計を確認するか、別の証明書を選択してください。</translation>
    </message>
    <message>
        <source>Cannot sign %1 with %2: %3.</source>
        <translation>%2 で %1 に署名できません: %3。</translation>
    </message>
    <message>
        <source>Cannot encode the signature of %1: %2.</source>
        <translation>%1 の署名をエンコードできません: %2。</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the report.</source>
        <translation>%1 は DER 形式の CMS 署名 (.p7s) ではありません。レポートとともにエクスポートされた署名ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 holds no signer. Choose the signature file exported with the report.</source>
        <translation>%1 には署名者が含まれていません。レポートとともにエクスポートされた署名ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: the file was changed after it was signed, or the signature belongs to another file. Do not rely on its content; export the report again.</source>
        <translation>%1 はその署名 %2 と一致しません: 署名後にファイルが変更されたか、署名が別のファイルのものです。内容を信頼せず、レポートを再度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1, so the signer was not checked. Choose a PEM file with the certificate authority.</source>
        <translation>%1 の CA 証明書を読み取れないため、署名者はチェックされていません。認証局を含む PEM ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The file is unchanged, but the signer %1 is not trusted by the certificate authorities in %2 (%3). Check that you chose the right CA file.</source>
        <translation>ファイルは変更されていませんが、署名者 %1 は %2 の認証局によって信頼されていません (%3)。正しい CA ファイルを選択したか確認してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::ResourceChecks</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <source>%1 (%2) could not be started: %3.</source>
        <translation>%1 (%2) を起動できませんでした: %3。</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s to -version and was stopped.</source>
        <translation>%1 (%2) が -version に %3 s 以内に応答しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>%1 (%2) -version failed (exit code %3): %4</source>
        <translation>%1 (%2) -version が失敗しました (終了コード %3): %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <source>%1 (%2) -version printed no Java version: %3</source>
        <translation>%1 (%2) -version が Java のバージョンを出力しませんでした: %3</translation>
    </message>
    <message>
        <source>Free space at the old home</source>
        <translation>旧ホームの空き容量</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home.</source>
        <translation>旧ホームが必要です。旧ホームのチェックを参照してください。</translation>
    </message>
    <message>
        <source>The free space of the file system of %1 could not be read.</source>
        <translation>%1 のファイルシステムの空き容量を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the old home %3); the last runs of the old server and the backups taken before the migration want about %4 there.</source>
        <translation>%2 (旧ホーム %3 のファイルシステム) の空き容量は %1 です。旧サーバーの最後の実行と移行前に取得するバックアップのために、そこに約 %4 が必要です。</translation>
    </message>
    <message>
        <source>Free at least %1 on %2.</source>
        <translation>%2 に少なくとも %1 の空き容量を確保してください。</translation>
    </message>
    <message>
        <source>Free space at the new home</source>
        <translation>新ホームの空き容量</translation>
    </message>
    <message>
        <source>Needs the new home; see the check of the new home.</source>
        <translation>新ホームが必要です。新ホームのチェックを参照してください。</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds at least %2 (the count stopped after %3 entries)</source>
        <translation>旧ホームの %1 のサイズは少なくとも %2 です (%3 エントリでカウントを停止しました)</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds %2</source>
        <translation>旧ホームの %1 のサイズは %2 です</translation>
    </message>
    <message>
        <source>the size of the old home&apos;s repository is unknown (see the check of the old home)</source>
        <translation>旧ホームの repository のサイズは不明です (旧ホームのチェックを参照してください)</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the new home %3); %4, so the migration wants about %5 there, with %6 for logs and temporary files.</source>
        <translation>%2 (新ホーム %3 のファイルシステム) の空き容量は %1 です。%4。そのため、移行にはそこに約 %5 が必要です (うちログと一時ファイル用に %6)。</translation>
    </message>
    <message>
        <source>The old home is on the same file system.</source>
        <translation>旧ホームも同じファイルシステム上にあります。</translation>
    </message>
    <message>
        <source>Free at least %1 on %2, or extract the new release on a larger file system.</source>
        <translation>%2 に少なくとも %1 の空き容量を確保するか、より大きなファイルシステムに新しいリリースを展開してください。</translation>
    </message>
    <message>
        <source>Space to convert the H2 databases</source>
        <translation>H2 データベースの変換用の容量</translation>
    </message>
    <message>
        <source>The old configuration uses H2 (%1), but no H2 database files were found under %2: there is nothing to convert (the server creates them when it first starts).</source>
        <translation>旧設定は H2 (%1) を使用していますが、%2 の下に H2 データベースファイルが見つかりませんでした: 変換するものはありません (サーバーは初回起動時にファイルを作成します)。</translation>
    </message>
    <message>
        <source>The H2 database files take %1: %2. Converting them needs about %3 free on %4 (a converted copy beside a backup); %5 is free.</source>
        <translation>H2 データベースファイルのサイズは %1 です: %2。変換には %4 に約 %3 の空き容量が必要です (バックアップと並べて変換後のコピーを置くため)。空き容量は %5 です。</translation>
    </message>
    <message>
        <source>Free at least %1 on %2 before converting the H2 files.</source>
        <translation>H2 ファイルを変換する前に、%2 に少なくとも %1 の空き容量を確保してください。</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>The machine&apos;s memory could not be read from %1.</source>
        <translation>%1 からマシンのメモリを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>メモリ: %1</translation>
    </message>
    <message>
        <source>This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, and the migration client runs inside the server.</source>
        <translation>このマシンのメモリは %1 です (%2 の MemTotal)。WSO2 Identity Server には %3 が必要で、移行クライアントはサーバー内で実行されます。</translation>
    </message>
    <message>
        <source>Run the migration on a machine with at least %1 of memory, or stop other services while it runs.</source>
        <translation>少なくとも %1 のメモリを搭載したマシンで移行を実行するか、実行中は他のサービスを停止してください。</translation>
    </message>
    <message>
        <source>old home</source>
        <translation>旧ホーム</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>新ホーム</translation>
    </message>
    <message>
        <source>Java for the old home</source>
        <translation>旧ホーム用の Java</translation>
    </message>
    <message>
        <source>Java for the new home</source>
        <translation>新ホーム用の Java</translation>
    </message>
    <message>
        <source>Needs the %1 with a known release; see the check of the %1.</source>
        <translation>リリースが判明している%1が必要です。%1のチェックを参照してください。</translation>
    </message>
    <message>
        <source>No Java for IS %1</source>
        <translation>IS %1 用の Java がありません</translation>
    </message>
    <message>
        <source>No Java runtime was found.</source>
        <translation>Java ランタイムが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Install the Java runtime IS %1 needs and set JAVA_HOME to it.</source>
        <translation>IS %1 に必要な Java ランタイムをインストールし、JAVA_HOME をそこに設定してください。</translation>
    </message>
    <message>
        <source>Install Java %1 and set JAVA_HOME to it.</source>
        <translation>Java %1 をインストールし、JAVA_HOME をそこに設定してください。</translation>
    </message>
    <message>
        <source>%1 (%2) says “%3”.</source>
        <translation>%1 (%2) によると「%3」。</translation>
    </message>
    <message>
        <source>Java %1 for IS %2</source>
        <translation>IS %2 用の Java %1</translation>
    </message>
    <message>
        <source>The wizard does not know which Java versions IS %1 supports; found %2%3. %4</source>
        <translation>ウィザードは IS %1 がサポートする Java のバージョンを認識していません。%2%3 が見つかりました。%4</translation>
    </message>
    <message>
        <source>Check the installation prerequisites of IS %1.</source>
        <translation>IS %1 のインストールの前提条件を確認してください。</translation>
    </message>
    <message>
        <source>IS %1 supports Java %2; found %3%4. %5</source>
        <translation>IS %1 は Java %2 をサポートしています。%3%4 が見つかりました。%5</translation>
    </message>
    <message>
        <source>IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.</source>
        <translation>IS %1 には Java %2 が必要です。%4 に %3 が見つかりました (%5)。出力は「%6」です。</translation>
    </message>
    <message>
        <source>The old server may not start with it; the migration itself runs on the new home.</source>
        <translation>旧サーバーはこれでは起動しない可能性があります。移行自体は新ホームで実行されます。</translation>
    </message>
    <message>
        <source>Install Java %1 and point JAVA_HOME to it before starting the %2.</source>
        <translation>%2を起動する前に、Java %1 をインストールし、JAVA_HOME をそこに設定してください。</translation>
    </message>
    <message>
        <source>JAVA_HOME is %1, but it has no bin/%2.</source>
        <translation>JAVA_HOME は %1 ですが、bin/%2 がありません。</translation>
    </message>
    <message>
        <source>PATH has %1, but the IS scripts use JAVA_HOME when it is set.</source>
        <translation>PATH には %1 がありますが、JAVA_HOME が設定されている場合、IS スクリプトは JAVA_HOME を使用します。</translation>
    </message>
    <message>
        <source>%1 (JAVA_HOME) is not executable.</source>
        <translation>%1 (JAVA_HOME) は実行可能ではありません。</translation>
    </message>
    <message>
        <source>No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.</source>
        <translation>Java ランタイムが見つかりません: JAVA_HOME が設定されておらず、PATH 上のどのフォルダーにも %1 がありません。</translation>
    </message>
    <message>
        <source>%1 (PATH) is not executable, and JAVA_HOME is not set.</source>
        <translation>%1 (PATH) は実行可能ではなく、JAVA_HOME も設定されていません。</translation>
    </message>
</context>
<context>
    <name>Ismw::RunStatus</name>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>Ismw::SampleHome</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not set the time of %1: %2</source>
        <translation>%1 の時刻を設定できませんでした: %2</translation>
    </message>
    <message>
        <source>There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.</source>
        <translation>WSO2 Identity Server %1 のサンプルホームはありません: %2 から %3 までのリリースのいずれかを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a file; a sample home needs a folder.</source>
        <translation>%1 はファイルです。サンプルホームにはフォルダーが必要です。</translation>
    </message>
    <message>
        <source>%1 is not empty; a sample home is written only into a new or empty folder.</source>
        <translation>%1 は空ではありません。サンプルホームは新規または空のフォルダーにのみ書き込まれます。</translation>
    </message>
</context>
<context>
    <name>Ismw::ScanLogCommand</name>
    <message>
        <source>Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.</source>
        <translation>Carbon ログ (wso2carbon.log とローテーションされたファイル) のエラーをグループ化して表示し、サーバーの起動日時を示します。</translation>
    </message>
    <message>
        <source>A log file: wso2carbon.log or a rotated one (not .gz).</source>
        <translation>ログファイル: wso2carbon.log またはローテーションされたファイル (.gz 以外)。</translation>
    </message>
    <message>
        <source>Only entries at or after this local time, e.g. the start of the migrated server.</source>
        <translation>このローカル時刻以降のエントリのみ (例: 移行後のサーバーの起動時刻)。</translation>
    </message>
    <message>
        <source>name at least one log file.</source>
        <translation>ログファイルを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>--since “%1” is not a date: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--since「%1」は日付ではありません: &quot;YYYY-MM-DD HH:MM:SS&quot; を使用してください。</translation>
    </message>
    <message>
        <source>%1× %2 %3</source>
        <translation>%1× %2 %3</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>例外: %1</translation>
    </message>
    <message>
        <source>First: %1  Last: %2</source>
        <translation>最初: %1  最後: %2</translation>
    </message>
    <message>
        <source>First at %1:%2</source>
        <translation>最初の発生 %1:%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Server started at %1.</source>
        <translation>サーバーは %1 に起動しました。</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line in the scanned range.</source>
        <translation>スキャンした範囲に「WSO2 Carbon started in」の行がありません。</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>レポートを書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1, %2, in %3; %4.</source>
        <extracomment>%1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.</extracomment>
        <translation>%1、%2 (%3)。%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fatal</source>
        <translation>
            <numerusform>致命的 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scanned</source>
        <translation>
            <numerusform>%n エントリーを走査</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ScriptKnobs</name>
    <message>
        <source>Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones finish sooner.</source>
        <translation>1 つのトランザクションで削除する行数。バッチが小さいほどロックの保持時間が短くなり、大きいほど早く完了します。</translation>
    </message>
    <message>
        <source>Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on very large tables bounded.</source>
        <translation>1 つのチャンクにまとめる行数。チャンクはその後バッチごとに削除されます。非常に大きなテーブルでの処理量を制限します。</translation>
    </message>
    <message>
        <source>The cleanup stops when fewer rows than this are left to delete.</source>
        <translation>削除対象の残り行数がこの値を下回ると、クリーンアップは停止します。</translation>
    </message>
    <message>
        <source>Copy the tables into BAK_… tables before deleting. The copies of the previous run are overwritten.</source>
        <translation>削除前にテーブルを BAK_… テーブルにコピーします。前回の実行のコピーは上書きされます。</translation>
    </message>
    <message>
        <source>Seconds to pause between batches, so that the server keeps serving its users.</source>
        <translation>バッチ間の待機秒数。サーバーがユーザーへのサービスを継続できるようにします。</translation>
    </message>
    <message>
        <source>Hours of grace: what expired less than this long ago is kept.</source>
        <translation>猶予時間 (時間単位): 有効期限切れからこの時間が経過していないものは保持されます。</translation>
    </message>
    <message>
        <source>The procedure reports its progress as messages while it runs.</source>
        <translation>プロシージャは実行中に進行状況をメッセージとして報告します。</translation>
    </message>
    <message>
        <source>How much the progress messages tell: TRACE for every step, DEBUG for less.</source>
        <translation>進行状況メッセージの詳細度: TRACE はすべてのステップ、DEBUG はそれより少なくなります。</translation>
    </message>
    <message>
        <source>Keep the deleted rows in the AUDITLOG_… tables; this switches the backup on too.</source>
        <translation>削除した行を AUDITLOG_… テーブルに保持します。これによりバックアップも有効になります。</translation>
    </message>
    <message>
        <source>Rebuild the indexes of the cleaned tables afterwards.</source>
        <translation>クリーンアップ後に、対象テーブルのインデックスを再構築します。</translation>
    </message>
    <message>
        <source>Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).</source>
        <translation>クリーンアップ後に、対象テーブルのプランナー統計を更新します (ANALYZE)。</translation>
    </message>
    <message>
        <source>Report every step of the session cleanup as a message.</source>
        <translation>セッションのクリーンアップの各ステップをメッセージとして報告します。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>「%1」は 0 以上の整数ではありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 can hold (at most %3).</source>
        <translation>%1 は %2 に格納できる値より大きすぎます (最大 %3)。</translation>
    </message>
    <message>
        <source>“%1” is not a number of zero or more (use a dot for decimals: 0.5).</source>
        <translation>「%1」は 0 以上の数値ではありません (小数にはピリオドを使用してください: 0.5)。</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use TRUE or FALSE (or 1 or 0).</source>
        <translation>「%1」は yes/no の値ではありません: TRUE または FALSE (あるいは 1 または 0) を使用してください。</translation>
    </message>
    <message>
        <source>The text may not contain line breaks or control characters.</source>
        <translation>テキストに改行や制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 allows (%3 characters at most).</source>
        <translation>「%1」は %2 で許可されている長さを超えています (最大 %3 文字)。</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (%2 行目): %3</translation>
    </message>
    <message>
        <source>The script has no knob called “%1”.</source>
        <translation>スクリプトに「%1」というパラメーターはありません。</translation>
    </message>
</context>
<context>
    <name>Ismw::SecretMasking</name>
    <message>
        <source>The value of %1 is hidden and its key is new, so the real value is unknown.</source>
        <translation>%1 の値は非表示で、そのキーは新しいため、実際の値は不明です。</translation>
    </message>
    <message>
        <source>Turn on Show secrets and type the value.</source>
        <translation>「シークレットを表示」をオンにして値を入力してください。</translation>
    </message>
</context>
<context>
    <name>Ismw::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>In the language list of the settings: follow the desktop&apos;s language, here %1.</extracomment>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>このアプリについて(&amp;A)…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Qt について(&amp;Q)…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moves a WSO2 Identity Server deployment to a newer release, step by step.&lt;/p&gt;&lt;p&gt;Knows Identity Server %1 to %2. Uses Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.</extracomment>
        <translation>&lt;p&gt;WSO2 Identity Server の環境を新しいリリースへ段階的に移行します。&lt;/p&gt;&lt;p&gt;Identity Server %1 から %2 に対応しています。Qt %3 を使用しています。&lt;/p&gt;&lt;p&gt;Apache License 2.0 の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::SqlScriptSplitter</name>
    <message>
        <source>The string that starts at line %1, column %2 is never closed: everything after it would be part of the string.</source>
        <translation>%1 行目、%2 列目で始まる文字列が閉じられていません: それ以降がすべて文字列の一部になってしまいます。</translation>
    </message>
    <message>
        <source>The quoted name that starts at line %1, column %2 is never closed.</source>
        <translation>%1 行目、%2 列目で始まる引用符付きの名前が閉じられていません。</translation>
    </message>
    <message>
        <source>The comment that starts at line %1, column %2 is never closed: everything after it would be ignored.</source>
        <translation>%1 行目、%2 列目で始まるコメントが閉じられていません: それ以降がすべて無視されてしまいます。</translation>
    </message>
    <message>
        <source>The body quoted with %3 at line %1, column %2 is never closed by another %3.</source>
        <translation>%1 行目、%2 列目で %3 により引用された本体が、次の %3 で閉じられていません。</translation>
    </message>
    <message>
        <source>At line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>GO %1 would run the batch no time at all.</source>
        <translation>GO %1 ではバッチが一度も実行されません。</translation>
    </message>
    <message>
        <source>DELIMITER names no delimiter.</source>
        <translation>DELIMITER に区切り文字が指定されていません。</translation>
    </message>
    <message>
        <source>A delimiter may not contain a backslash (“%1”).</source>
        <translation>区切り文字にバックスラッシュを含めることはできません (「%1」)。</translation>
    </message>
    <message>
        <source>The delimiter “%1” is longer than %2 characters.</source>
        <translation>区切り文字「%1」が %2 文字を超えています。</translation>
    </message>
    <message>
        <source>--#SET TERMINATOR needs one terminator of at most %1 characters.</source>
        <translation>--#SET TERMINATOR には %1 文字以下の終端文字を 1 つ指定する必要があります。</translation>
    </message>
</context>
<context>
    <name>Ismw::Tier</name>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>プレ本番</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDiffView</name>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>左: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>右: %1</translation>
    </message>
    <message>
        <source>Unified: %1 to %2</source>
        <translation>統合: %1 から %2</translation>
    </message>
    <message>
        <source>Added: %1 = %2</source>
        <translation>追加: %1 = %2</translation>
    </message>
    <message>
        <source>Removed: %1 (was %2)</source>
        <translation>削除: %1 (元の値 %2)</translation>
    </message>
    <message>
        <source>Type changed: %1 from %2 %3 to %4 %5</source>
        <translation>型の変更: %1 を %2 %3 から %4 %5 に</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>移動: %1</translation>
    </message>
    <message>
        <source>Comment changed: %1</source>
        <translation>コメントの変更: %1</translation>
    </message>
    <message>
        <source>Changed: %1 from %2 to %3</source>
        <translation>変更: %1 を %2 から %3 に</translation>
    </message>
    <message>
        <source>Left file of the comparison</source>
        <translation>比較の左側のファイル</translation>
    </message>
    <message>
        <source>Right file of the comparison</source>
        <translation>比較の右側のファイル</translation>
    </message>
    <message>
        <source>Both files, unified</source>
        <translation>両方のファイル (統合表示)</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDocument</name>
    <message>
        <source>Correct the file at that place and load it again; the wizard has not changed it.</source>
        <translation>ファイルの該当箇所を修正して再度読み込んでください。ウィザードはファイルを変更していません。</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>ファイルは有効な TOML ではありません。</translation>
    </message>
    <message>
        <source>“%1” is defined twice; it was first defined on line %2.</source>
        <translation>「%1」が 2 回定義されています。最初の定義は %2 行目です。</translation>
    </message>
    <message>
        <source>“%1” is defined twice.</source>
        <translation>「%1」が 2 回定義されています。</translation>
    </message>
    <message>
        <source>Keep one of the two definitions and load the file again; the wizard has not changed it.</source>
        <translation>2 つの定義のうち 1 つを残して、ファイルを再度読み込んでください。ウィザードはファイルを変更していません。</translation>
    </message>
    <message>
        <source>TOML syntax error: %1.</source>
        <translation>TOML 構文エラー: %1。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>Check the path; an IS home keeps it in repository/conf/deployment.toml.</source>
        <translation>パスを確認してください。IS ホームでは repository/conf/deployment.toml にあります。</translation>
    </message>
    <message>
        <source>This is a folder, not a deployment.toml file.</source>
        <translation>これはフォルダーであり、deployment.toml ファイルではありません。</translation>
    </message>
    <message>
        <source>Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.</source>
        <translation>ファイル自体を選択してください (例: IS ホームの repository/conf/deployment.toml)。</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a deployment.toml can sensibly be.</source>
        <translation>ファイルのサイズは %1 で、deployment.toml として妥当な上限 %2 を超えています。</translation>
    </message>
    <message>
        <source>Check that this is the right file: a deployment.toml is normally a few kilobytes.</source>
        <translation>正しいファイルであることを確認してください: deployment.toml は通常数キロバイトです。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み取れません: %1。</translation>
    </message>
    <message>
        <source>Check that your user may read it.</source>
        <translation>あなたのユーザーに読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The file grew past the size limit while it was read.</source>
        <translation>読み取り中にファイルがサイズの上限を超えて大きくなりました。</translation>
    </message>
    <message>
        <source>Wait until nothing writes to it and load it again.</source>
        <translation>ファイルへの書き込みがなくなるまで待ってから、再度読み込んでください。</translation>
    </message>
    <message>
        <source>Check the disk and load it again.</source>
        <translation>ディスクを確認して、再度読み込んでください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>An IS home always ships a deployment.toml with content: restore it from your backup or the release package.</source>
        <translation>IS ホームには必ず内容のある deployment.toml が同梱されています: バックアップまたはリリースパッケージから復元してください。</translation>
    </message>
    <message>
        <source>This is a binary file, not a TOML text file.</source>
        <translation>これはバイナリファイルであり、TOML テキストファイルではありません。</translation>
    </message>
    <message>
        <source>Choose the deployment.toml text file.</source>
        <translation>deployment.toml テキストファイルを選択してください。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>ファイルは UTF-8 テキストではありません (バイト 0x%1)。</translation>
    </message>
    <message>
        <source>TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the characters at that place.</source>
        <translation>TOML ファイルは UTF-8 である必要があります: iconv -f LATIN1 -t UTF-8 などで変換し、該当箇所の文字を確認してください。</translation>
    </message>
    <message>
        <source>The configuration cannot be written as TOML: %1.</source>
        <translation>設定を TOML として書き込めません: %1。</translation>
    </message>
</context>
<context>
    <name>Ismw::VerificationPage</name>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Run your test cases against the migrated environment and record each result; check the server&apos;s health and its log. A failed or blocked case means: roll back and investigate.</source>
        <translation>移行後の環境に対してテストケースを実行し、それぞれの結果を記録してください。サーバーのヘルスとログを確認してください。失敗またはブロックされたテストケースがある場合は、ロールバックして調査してください。</translation>
    </message>
    <message>
        <source>Select an error to see its message and stack trace.</source>
        <translation>エラーを選択すると、そのメッセージとスタックトレースが表示されます。</translation>
    </message>
    <message>
        <source>The confirmed certificate of %1 was forgotten.</source>
        <translation>%1 の確認済み証明書を破棄しました。</translation>
    </message>
    <message>
        <source>The certificate is forgotten; the next probe shows it for confirmation.</source>
        <translation>証明書は破棄されました。次回のプローブで確認のために表示されます。</translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation>ログファイルの選択</translation>
    </message>
    <message>
        <source>Carbon logs (*.log *.log.*);;All files (*)</source>
        <translation>Carbon ログ (*.log *.log.*);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Evidence Not Attached</source>
        <translation>証跡が添付されていません</translation>
    </message>
    <message>
        <source>The case was removed while its file was read. Nothing was attached.</source>
        <translation>ファイルの読み取り中にテストケースが削除されました。何も添付されていません。</translation>
    </message>
    <message>
        <source>CSV Not Imported</source>
        <translation>CSV がインポートされていません</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) from %1</source>
        <translation>
            <numerusform>%1 からの新しいテストケース %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n 件は既に一覧にあります)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV Imported with Problems</source>
        <translation>CSV のインポートで問題が発生しました</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or column(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n 個の行または列がスキップされました。詳細を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test cases.&lt;/b&gt; List what your users do with the Identity Server as test cases: start from the templates (they include a case for every custom component found on the prerequisites page), import your own from a CSV file (a header row with &lt;i&gt;title&lt;/i&gt; and optionally &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), or add them one by one. On the next environment, &lt;b&gt;Carry Over&lt;/b&gt; copies the cases of the environment below, each back to Not run.&lt;/p&gt;&lt;p&gt;Run each case against the migrated environment and record its result. A failed or blocked case needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each file&apos;s path and SHA-256, so an auditor can check that the file is the one you attached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server checks.&lt;/b&gt; The health endpoint is called over HTTPS only. The first time, the wizard shows the server&apos;s certificate and asks you to confirm its fingerprint (compare it with &lt;tt&gt;keytool -list&lt;/tt&gt; on the server); after that it talks only to a server presenting that certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, and groups the ERROR and FATAL entries since the time you give. Log times are read in this computer&apos;s time zone.&lt;/p&gt;&lt;p&gt;A failed or blocked case, or a server that is not healthy, means the environment is not ready: route the traffic back to the old environment and investigate before you try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;テストケース。&lt;/b&gt;ユーザーが Identity Server で行う操作をテストケースとして列挙してください: テンプレートから始める (前提条件ページで見つかったカスタムコンポーネントごとのテストケースが含まれます)、CSV ファイルから独自のテストケースをインポートする (&lt;i&gt;title&lt;/i&gt; と、必要に応じて &lt;i&gt;group&lt;/i&gt;、&lt;i&gt;kind&lt;/i&gt;、&lt;i&gt;steps&lt;/i&gt;、&lt;i&gt;expected&lt;/i&gt;、&lt;i&gt;id&lt;/i&gt; を含むヘッダー行)、または 1 件ずつ追加します。次の環境では、&lt;b&gt;引き継ぎ&lt;/b&gt;で下位の環境のテストケースをコピーし、それぞれ「未実行」に戻します。&lt;/p&gt;&lt;p&gt;各テストケースを移行後の環境に対して実行し、その結果を記録してください。失敗またはブロックされたテストケースにはメモが必要です。スクリーンショット、HAR ファイル、負荷テストのレポートを証跡として添付してください: プロジェクトには各ファイルのパスと SHA-256 が保持されるため、監査担当者はそのファイルがあなたの添付したものであることを確認できます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;サーバーチェック。&lt;/b&gt;ヘルスエンドポイントは HTTPS でのみ呼び出されます。初回は、ウィザードがサーバーの証明書を表示し、そのフィンガープリントの確認を求めます (サーバー上の &lt;tt&gt;keytool -list&lt;/tt&gt; と比較してください)。以降は、その証明書を提示するサーバーとのみ通信します。ログのスキャンでは、wso2carbon.log とそのローテーションされたファイルを、サイズにかかわらず 1 行ずつ読み取り、指定した時刻以降の ERROR と FATAL のエントリをグループ化します。ログの時刻はこのコンピューターのタイムゾーンで解釈されます。&lt;/p&gt;&lt;p&gt;失敗またはブロックされたテストケースがある場合、あるいはサーバーが正常でない場合、その環境は準備未完了です: トラフィックを旧環境に戻し、再試行する前に調査してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every template case is already in the list.</source>
        <translation>テンプレートのテストケースはすべて既に一覧にあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the templates.</source>
        <translation>
            <numerusform>テンプレートから %n 件のテストケースを追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>テストケースのインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) carried over from %1, each back to Not run.</source>
        <translation>
            <numerusform>%1 から %n 件のテストケースを引き継ぎ、それぞれ「未実行」に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>テストケースの削除</translation>
    </message>
    <message>
        <source>“%1” has a result or evidence. Remove it from this run&apos;s checklist? The journal keeps a note of the removal.</source>
        <translation>「%1」には結果または証跡があります。この実行のチェックリストから削除しますか? 削除の記録はジャーナルに残ります。</translation>
    </message>
    <message>
        <source>A failed or blocked case needs notes: what you did and what happened.</source>
        <translation>失敗またはブロックされたテストケースにはメモが必要です: 何を行い、何が起きたか。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>記録しました。</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>証跡の添付</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <source>No test cases yet. Add them from the templates, import a CSV file, add your own, or carry them over from the environment below.</source>
        <translation>テストケースはまだありません。テンプレートから追加する、CSV ファイルをインポートする、独自に追加する、または下位の環境から引き継いでください。</translation>
    </message>
    <message>
        <source>Select a test case.</source>
        <translation>テストケースを選択してください。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>期待される結果:</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>A test case&apos;s result: %1 the status (Passed, Failed…), %2 who set it, %3 when.</extracomment>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2…</source>
        <translation>%1 — SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes, attached %4</source>
        <translation>%1
SHA-256 %2
%3 バイト、添付日時 %4</translation>
    </message>
    <message>
        <source>No test cases yet.</source>
        <translation>テストケースはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n 件のテストケース: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.</source>
        <translation>合格 %1、失敗 %2、ブロック %3、該当なし %4、未実行 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed or blocked</source>
        <translation>
            <numerusform>%n 件のテストケースが失敗またはブロック</numerusform>
        </translation>
    </message>
    <message>
        <source>the server checks found a problem</source>
        <translation>サーバーチェックで問題が検出</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Not ready: %1.&lt;/b&gt; Route the traffic back to the old environment, which still runs the old release; keep the migrated servers and their logs for the investigation; fix the cause on a lower environment and migrate this one again. The report&apos;s verdict stays “not ready” until every case passes or is not applicable.</source>
        <translation>&lt;b&gt;⚠ 準備未完了: %1。&lt;/b&gt;トラフィックを、旧リリースがまだ稼働している旧環境に戻してください。調査のため、移行後のサーバーとそのログは保持してください。下位の環境で原因を修正し、この環境を再度移行してください。すべてのテストケースが合格または該当なしになるまで、レポートの判定は「準備未完了」のままです。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Carr&amp;y Over from %1</source>
        <translation>%1 から引き継ぎ(&amp;Y)</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>引き継ぎ(&amp;Y)</translation>
    </message>
    <message>
        <source>Stop &amp;Scan</source>
        <translation>スキャンの停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>ログのスキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 を呼び出しています…</translation>
    </message>
    <message>
        <source>Confirm the Server&apos;s Certificate</source>
        <translation>サーバーの証明書の確認</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presents this certificate. Compare its fingerprint with the one of the server&apos;s keystore (for example &lt;tt&gt;keytool -list -v&lt;/tt&gt; on the server) before you trust it. The wizard will then talk only to a server presenting exactly this certificate.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %6 to %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 はこの証明書を提示しています。信頼する前に、そのフィンガープリントをサーバーのキーストアのもの (例えばサーバー上の &lt;tt&gt;keytool -list -v&lt;/tt&gt;) と比較してください。以降、ウィザードはまさにこの証明書を提示するサーバーとのみ通信します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;サブジェクト:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;発行者:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;有効期間:&lt;/b&gt; %6 から %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (自己署名)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>この証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <source>Not called: the certificate was not confirmed.</source>
        <translation>呼び出していません: 証明書が確認されていません。</translation>
    </message>
    <message>
        <source>Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.</source>
        <translation>%1 の証明書を確認しました: SHA-256 %2、サブジェクト %3、有効期限 %4。</translation>
    </message>
    <message>
        <source>Name the log file first: wso2carbon.log in the new home&apos;s repository/logs.</source>
        <translation>まずログファイルを指定してください: 新ホームの repository/logs にある wso2carbon.log です。</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>スキャンしています…</translation>
    </message>
    <message>
        <source>The server finished starting at %1.</source>
        <translation>サーバーは %1 に起動を完了しました。</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log named is not the new server&apos;s.</source>
        <translation>%1 以降に「WSO2 Carbon started in」の行がありません: サーバーの起動が完了していないか、指定したログが新しいサーバーのものではありません。</translation>
    </message>
    <message>
        <source>%1× %2 %3 %4</source>
        <translation>%1× %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>No ERROR or FATAL entries since %1 (%n line(s) read).</source>
        <translation>
            <numerusform>%1 以降、ERROR または FATAL のエントリはありません (%n 行を読み取りました)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ERROR and %2 FATAL entries since %3, in %n group(s).</source>
        <translation>
            <numerusform>%3 以降、ERROR %1 件、FATAL %2 件 (%n グループ)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>承認済み: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server finding(s) open. Fix and check again, or accept with a reason the report will show.</source>
        <translation>
            <numerusform>未対応のサーバーの検出事項が %n 件あります。修正して再度チェックするか、理由を付けて承認してください (理由はレポートに表示されます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Server Findings</source>
        <translation>サーバーの検出事項の承認</translation>
    </message>
    <message>
        <source>Why are these findings acceptable for this environment? (at least %1 characters)

%2</source>
        <translation>これらの検出事項がこの環境で許容できる理由は何ですか? (%1 文字以上)

%2</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>IS homes</source>
        <translation>IS ホーム</translation>
    </message>
    <message>
        <source>&amp;Old IS home:</source>
        <translation>旧 IS ホーム(&amp;O):</translation>
    </message>
    <message>
        <source>The folder of the release in use now, e.g. /opt/wso2is-5.11.0</source>
        <translation>現在使用中のリリースのフォルダー (例: /opt/wso2is-5.11.0)</translation>
    </message>
    <message>
        <source>Old IS home folder</source>
        <translation>旧 IS ホームのフォルダー</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the old IS home</source>
        <translation>旧 IS ホームを参照</translation>
    </message>
    <message>
        <source>Old IS home detection result</source>
        <translation>旧 IS ホームの検出結果</translation>
    </message>
    <message>
        <source>N&amp;ew IS home:</source>
        <translation>新 IS ホーム(&amp;E):</translation>
    </message>
    <message>
        <source>The folder of the release to migrate to, unpacked, e.g. /opt/wso2is-7.3.0</source>
        <translation>移行先リリースを展開したフォルダー (例: /opt/wso2is-7.3.0)</translation>
    </message>
    <message>
        <source>New IS home folder</source>
        <translation>新 IS ホームのフォルダー</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>参照(&amp;S)…</translation>
    </message>
    <message>
        <source>Browse for the new IS home</source>
        <translation>新 IS ホームを参照</translation>
    </message>
    <message>
        <source>New IS home detection result</source>
        <translation>新 IS ホームの検出結果</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>チェックの概要</translation>
    </message>
    <message>
        <source>Run Checks A&amp;gain</source>
        <translation>チェックを再実行(&amp;G)</translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation>すべてのチェックを再実行します</translation>
    </message>
    <message>
        <source>Prerequisite checks by category</source>
        <translation>カテゴリー別の前提条件チェック</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>What the selected check found and what to do</source>
        <translation>選択したチェックの検出内容と対処方法</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Why (recorded in the project journal)</source>
        <translation>理由 (プロジェクトのジャーナルに記録されます)</translation>
    </message>
    <message>
        <source>Reason for the decision on the selected check</source>
        <translation>選択したチェックに対する決定の理由</translation>
    </message>
    <message>
        <source>A&amp;ccept with Reason</source>
        <translation>理由を付けて承認(&amp;C)</translation>
    </message>
    <message>
        <source>Accept the selected warning or blocker with the reason given</source>
        <translation>選択した警告またはブロッカーを、入力した理由を付けて承認します</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>完了としてマーク(&amp;D)</translation>
    </message>
    <message>
        <source>The selected customization has been carried over</source>
        <translation>選択したカスタマイズは引き継ぎ済みです</translation>
    </message>
    <message>
        <source>No&amp;t Needed</source>
        <translation>不要(&amp;T)</translation>
    </message>
    <message>
        <source>The selected customization is not needed in the new home, for the reason given</source>
        <translation>選択したカスタマイズは、入力した理由により新ホームでは不要です</translation>
    </message>
    <message>
        <source>A backup of the old IS home and of its databases has been ta&amp;ken, and restoring it has been tried</source>
        <translation>旧 IS ホームとそのデータベースのバックアップを取得し(&amp;K)、その復元を試しました</translation>
    </message>
    <message>
        <source>Backup of the old home and its databases acknowledged</source>
        <translation>旧ホームとそのデータベースのバックアップを確認済み</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>残りの必要事項</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project file</source>
        <translation>プロジェクトファイル</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>開いているプロジェクトはありません。この移行用に新しいプロジェクトを作成するか、以前の環境で使用したプロジェクトを開いてください。</translation>
    </message>
    <message>
        <source>Ne&amp;w Project…</source>
        <translation>新規プロジェクト(&amp;W)…</translation>
    </message>
    <message>
        <source>Create a new migration project file (*.ismig)</source>
        <translation>新しい移行プロジェクトファイル (*.ismig) を作成します</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing migration project file</source>
        <translation>既存の移行プロジェクトファイルを開きます</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使用したプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>Projects opened recently on this computer</source>
        <translation>このコンピューターで最近開いたプロジェクト</translation>
    </message>
    <message>
        <source>Open recent project</source>
        <translation>最近使用したプロジェクトを開く</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>この実行</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>The environment this run migrates. Migrate development first, pilot on pre-production, then production.</source>
        <translation>この実行で移行する環境。まず開発を移行し、プレ本番でパイロットを行い、その後に本番を移行します。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Name of the environment, e.g. perf-test</source>
        <translation>環境の名前 (例: perf-test)</translation>
    </message>
    <message>
        <source>Custom environment name</source>
        <translation>カスタム環境名</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>オペレーター(&amp;P):</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the journal and the report</source>
        <translation>ジャーナルとレポートに表示されるあなたの名前</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>オペレーター名</translation>
    </message>
    <message>
        <source>What earlier environments recorded</source>
        <translation>以前の環境の記録</translation>
    </message>
    <message>
        <source>Environments of this project</source>
        <translation>このプロジェクトの環境</translation>
    </message>
    <message>
        <source>Order rule</source>
        <translation>順序ルール</translation>
    </message>
    <message>
        <source>Order rule explanation</source>
        <translation>順序ルールの説明</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <source>Why production goes first, e.g. &quot;no pre-prod exists; dev ran against a copy of the production database&quot;</source>
        <translation>本番を先に移行する理由 (例: &quot;プレ本番は存在しない。開発は本番データベースのコピーに対して実行した&quot;)</translation>
    </message>
    <message>
        <source>Reason for going ahead</source>
        <translation>続行する理由</translation>
    </message>
    <message>
        <source>I go ahead &amp;knowingly; record my reason in the project journal</source>
        <translation>承知のうえで続行します。理由をプロジェクトのジャーナルに記録してください(&amp;K)</translation>
    </message>
    <message>
        <source>Acknowledge the order rule</source>
        <translation>順序ルールの承認</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>残りの必要事項</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Verdict, the reasons for it and the production time estimate</source>
        <translation>判定、その理由、および本番の所要時間の見積もり</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Output PDF:</source>
        <translation>出力 PDF(&amp;O):</translation>
    </message>
    <message>
        <source>Where the PDF report is written</source>
        <translation>PDF レポートの書き込み先</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>名前を付けて保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Also H&amp;TML</source>
        <translation>HTML も出力(&amp;T)</translation>
    </message>
    <message>
        <source>Also &amp;JSON (machine-readable)</source>
        <translation>JSON も出力 (機械可読)(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Sign with my certificate (CMS detached signature, SHA-256)</source>
        <translation>自分の証明書で署名する (CMS 分離署名、SHA-256)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>証明書 (PKCS#12)(&amp;C):</translation>
    </message>
    <message>
        <source>Your certificate and key as a PKCS#12 file</source>
        <translation>PKCS#12 ファイル形式のあなたの証明書と鍵</translation>
    </message>
    <message>
        <source>Choose Certificat&amp;e…</source>
        <translation>証明書を選択(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file; never stored</source>
        <translation>PKCS#12 ファイルのパスフレーズ。保存されることはありません</translation>
    </message>
    <message>
        <source>Used once for signing; never stored</source>
        <translation>署名に一度だけ使用され、保存されることはありません</translation>
    </message>
    <message>
        <source>E&amp;xport Report</source>
        <translation>レポートをエクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation>エクスポートされた内容</translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation>署名済みレポートのチェック</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>署名済みレポート(&amp;R):</translation>
    </message>
    <message>
        <source>The report PDF to check; its .p7s and manifest are found next to it</source>
        <translation>チェックするレポート PDF。その .p7s とマニフェストは同じ場所から検出されます</translation>
    </message>
    <message>
        <source>Open Signe&amp;d Report…</source>
        <translation>署名済みレポートを開く(&amp;D)…</translation>
    </message>
    <message>
        <source>C&amp;A certificates (PEM):</source>
        <translation>CA 証明書 (PEM)(&amp;A):</translation>
    </message>
    <message>
        <source>Optional: without it only the integrity is checked, not who signed</source>
        <translation>省略可能: 指定しない場合は完全性のみがチェックされ、署名者はチェックされません</translation>
    </message>
    <message>
        <source>CA certificates the signer must chain to</source>
        <translation>署名者がつながる必要がある CA 証明書</translation>
    </message>
    <message>
        <source>Choose CA F&amp;ile…</source>
        <translation>CA ファイルを選択(&amp;I)…</translation>
    </message>
    <message>
        <source>Check Si&amp;gnature</source>
        <translation>署名のチェック(&amp;G)</translation>
    </message>
    <message>
        <source>Result of the signature check</source>
        <translation>署名のチェック結果</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of the wizard&apos;s windows and messages. The reports are written in this language as well.</source>
        <translation>ウィザードのウィンドウとメッセージの言語です。レポートもこの言語で作成されます。</translation>
    </message>
    <message>
        <source>The wizard uses the new language the next time it starts.</source>
        <translation>新しい言語は、ウィザードを次に起動したときから使われます。</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Rollback guidance</source>
        <translation>ロールバックの手引き</translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation>テストケース</translation>
    </message>
    <message>
        <source>Add from Te&amp;mplates</source>
        <translation>テンプレートから追加(&amp;M)</translation>
    </message>
    <message>
        <source>Adds the built-in test cases and one case per custom component found on the prerequisites page; cases already in the list are not added again.</source>
        <translation>組み込みのテストケースと、前提条件ページで見つかったカスタムコンポーネントごとのテストケースを追加します。既に一覧にあるテストケースは再度追加されません。</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>CSV のインポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Reads your own test cases from a CSV file with a header row: title, and optionally group, kind, steps, expected, id.</source>
        <translation>ヘッダー行を持つ CSV ファイルから独自のテストケースを読み込みます: title、および必要に応じて group、kind、steps、expected、id。</translation>
    </message>
    <message>
        <source>Add Cas&amp;e…</source>
        <translation>テストケースの追加(&amp;E)…</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>引き継ぎ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>テストケースの削除(&amp;D)</translation>
    </message>
    <message>
        <source>Test cases by group</source>
        <translation>グループ別のテストケース</translation>
    </message>
    <message>
        <source>Steps and expected result of the selected case</source>
        <translation>選択したテストケースの手順と期待される結果</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ステータス(&amp;U):</translation>
    </message>
    <message>
        <source>Status of the selected case</source>
        <translation>選択したテストケースのステータス</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Notes on the selected case</source>
        <translation>選択したテストケースのメモ</translation>
    </message>
    <message>
        <source>What you did and saw; required for a failed or blocked case</source>
        <translation>何を行い、何を確認したか。失敗またはブロックされたテストケースでは必須です</translation>
    </message>
    <message>
        <source>&amp;Record Result</source>
        <translation>結果を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Evidence files (kept by path and SHA-256):</source>
        <translation>証跡ファイル (パスと SHA-256 で保持):</translation>
    </message>
    <message>
        <source>Evidence files of the selected case</source>
        <translation>選択したテストケースの証跡ファイル</translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>ファイルを添付(&amp;T)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve File</source>
        <translation>ファイルを削除(&amp;V)</translation>
    </message>
    <message>
        <source>How many cases passed, failed or were not run</source>
        <translation>合格、失敗、または未実行のテストケースの数</translation>
    </message>
    <message>
        <source>Server Checks</source>
        <translation>サーバーチェック</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>ヘルスエンドポイント</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>サーバーのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>is.example.com:9443</source>
        <translation>is.example.com:9443</translation>
    </message>
    <message>
        <source>Address of the migrated server</source>
        <translation>移行後のサーバーのアドレス</translation>
    </message>
    <message>
        <source>&amp;Probe Health</source>
        <translation>ヘルスをプローブ(&amp;P)</translation>
    </message>
    <message>
        <source>For&amp;get Certificate</source>
        <translation>証明書を破棄(&amp;G)</translation>
    </message>
    <message>
        <source>Forgets the confirmed certificate fingerprint; the next probe asks again.</source>
        <translation>確認済みの証明書のフィンガープリントを破棄します。次回のプローブで再度確認を求めます。</translation>
    </message>
    <message>
        <source>Health probe result</source>
        <translation>ヘルスプローブの結果</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーログ</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>ログファイル(&amp;L):</translation>
    </message>
    <message>
        <source>…/repository/logs/wso2carbon.log; rotated files separated by ;</source>
        <translation>…/repository/logs/wso2carbon.log。ローテーションされたファイルは ; で区切ります</translation>
    </message>
    <message>
        <source>Log files to scan</source>
        <translation>スキャンするログファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>開始日時(&amp;I):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Only entries at or after this time</source>
        <translation>この時刻以降のエントリのみ</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>ログのスキャン(&amp;S)</translation>
    </message>
    <message>
        <source>Log scan progress</source>
        <translation>ログのスキャンの進行状況</translation>
    </message>
    <message>
        <source>Log scan result and start-up</source>
        <translation>ログのスキャン結果と起動</translation>
    </message>
    <message>
        <source>Errors found, grouped by logger and exception</source>
        <translation>検出されたエラー (ロガーと例外でグループ化)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>ロガー</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Message and stack trace of the selected error</source>
        <translation>選択したエラーのメッセージとスタックトレース</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with Reason…</source>
        <translation>理由を付けて承認(&amp;K)…</translation>
    </message>
    <message>
        <source>Records why the open server findings are acceptable; the report shows the reason.</source>
        <translation>未対応のサーバーの検出事項が許容できる理由を記録します。理由はレポートに表示されます。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a WSO2 Identity Server deployment to a newer release, step by step.</source>
        <translation>WSO2 Identity Server のデプロイメントを、段階的に新しいリリースへ移行します。</translation>
    </message>
    <message>
        <source>Open a demo project over two sample IS homes that the wizard generates.</source>
        <translation>ウィザードが生成する 2 つのサンプル IS ホームを使ったデモプロジェクトを開きます。</translation>
    </message>
    <message>
        <source>A migration project file (*.ismig) to open.</source>
        <translation>開く移行プロジェクトファイル (*.ismig)。</translation>
    </message>
</context>
</TS>
