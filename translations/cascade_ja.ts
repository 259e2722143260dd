<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChartCrosshair</name>
    <message>
        <source>%1 UTC  ·  no data</source>
        <translation>%1 UTC  ·  データなし</translation>
    </message>
    <message>
        <source>%1 UTC  ·  %2
O %3   H %4   L %5   C %6   %7%8%
Volume %9</source>
        <translation>%1 UTC  ·  %2
始 %3   高 %4   安 %5   終 %6   %7%8%
出来高 %9</translation>
    </message>
    <message>
        <source>
No liquidations in this bar</source>
        <translation>
この足に清算なし</translation>
    </message>
    <message>
        <source>
Longs liquidated %1 (%2)   Shorts liquidated %3 (%4)</source>
        <translation>
ロング清算 %1 (%2)   ショート清算 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OptionsColumn</name>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date format of a day and abbreviated month, e.g. &quot;10 Oct&quot;; reorder for your language</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Options OI
no snapshot yet</source>
        <translation>オプション建玉
スナップショットなし</translation>
    </message>
    <message>
        <source>Options OI</source>
        <translation>オプション建玉</translation>
    </message>
    <message>
        <source>P/C</source>
        <translation>P/C</translation>
    </message>
    <message>
        <source>Put wall %1</source>
        <translation>プットウォール %1</translation>
    </message>
    <message>
        <source>Call wall %1</source>
        <translation>コールウォール %1</translation>
    </message>
    <message>
        <source>Max pain %1 (%2 expiry)</source>
        <translation>マックスペイン %1 (%2満期)</translation>
    </message>
</context>
<context>
    <name>cascade::AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Creating the simulated demo session…</source>
        <translation>シミュレーションのデモセッションを作成中…</translation>
    </message>
    <message>
        <source>The store %1 holds no candles. Fetch or import data first.</source>
        <translation>ストア %1 にローソク足がありません。先にデータを取得またはインポートしてください。</translation>
    </message>
    <message>
        <source>Loading %1 %2…</source>
        <translation>%1 %2 を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>%n 本のローソク足を読み込みました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::BookmarkModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>cascade::BookmarksPanel</name>
    <message>
        <source>Double-click a bookmark to replay from there; click a selected note to edit it</source>
        <translation>ブックマークをダブルクリックするとそこからリプレイします。選択したメモをクリックすると編集できます</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
</context>
<context>
    <name>cascade::CandleTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>始値</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高値</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>安値</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>終値</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>出来高</translation>
    </message>
    <message>
        <source>Taker buy volume</source>
        <translation>テイカー買い出来高</translation>
    </message>
</context>
<context>
    <name>cascade::CoverageGaps</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>cascade::CrosshairLink</name>
    <message>
        <source>%1 UTC · longs %2 · shorts %3</source>
        <translation>%1 UTC · ロング %2 · ショート %3</translation>
    </message>
    <message>
        <source>%1 UTC · no liquidations</source>
        <translation>%1 UTC · 清算なし</translation>
    </message>
    <message>
        <source>%1 UTC · longs %2 · shorts %3 · %4% long</source>
        <translation>%1 UTC · ロング %2 · ショート %3 · ロング %4%</translation>
    </message>
</context>
<context>
    <name>cascade::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>cascade::ExportController</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Export %1 CSV (visible range)</source>
        <translation>%1 の CSV を書き出し (表示範囲)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>A report is already being written to %1</source>
        <translation>レポートはすでに %1 に書き出し中です</translation>
    </message>
    <message>
        <source>Reading the visible range for the report…</source>
        <translation>レポート用に表示範囲を読み込み中…</translation>
    </message>
    <message>
        <source>No candles of %1 in the visible range %2: nothing to report</source>
        <translation>表示範囲 %2 に %1 のローソク足がありません。レポートする内容がありません</translation>
    </message>
    <message>
        <source>Drawing the report into %1…</source>
        <translation>レポートを %1 に描画中…</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>レポートを書き出せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>レポートを %1 に書き出しました (%n ファイル)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Copied the dashboard (%1 × %2 pixels) to the clipboard</source>
        <translation>ダッシュボード (%1 × %2 ピクセル) をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出し中…</translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message>
        <source>CoinGlass needs an API key: enter it under Edit › Settings….</source>
        <translation>CoinGlass には API キーが必要です: 編集 › 設定… で入力してください。</translation>
    </message>
    <message>
        <source>Unknown exchange &apos;%1&apos;.</source>
        <translation>不明な取引所 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Fetching %1 %2…</source>
        <translation>%1 %2 を取得中…</translation>
    </message>
    <message>
        <source>Fetch of %1 %2 cancelled; the pages fetched before stay stored.</source>
        <translation>%1 %2 の取得をキャンセルしました。取得済みのページは保存されたままです。</translation>
    </message>
    <message>
        <source>Fetch from %1 failed: %2</source>
        <translation>%1 からの取得に失敗しました: %2</translation>
    </message>
    <message>
        <source>Fetched %1 %2: %3, %4</source>
        <extracomment>%3 is &quot;N request(s)&quot;, %4 is &quot;N row(s)&quot;</extracomment>
        <translation>%1 %2 を取得しました: %3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchDialog</name>
    <message>
        <source>Fetch market data</source>
        <translation>市場データの取得</translation>
    </message>
    <message>
        <source>Exchange-neutral (BTCUSDT) or the exchange&apos;s own name (BTC-USDT-SWAP, BTC-PERPETUAL).</source>
        <translation>取引所共通の名前 (BTCUSDT) または取引所独自の名前 (BTC-USDT-SWAP, BTC-PERPETUAL)。</translation>
    </message>
    <message>
        <source>Candle length. Open interest and ratios use the nearest period the exchange offers.</source>
        <translation>ローソク足の長さ。建玉と比率は取引所が提供する最も近い期間を使います。</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>取引所(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>銘柄(&amp;S):</translation>
    </message>
    <message>
        <source>Range (UTC):</source>
        <translation>期間 (UTC):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>時間足(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>取得(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>直近</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24時間</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7日</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30日</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>ローソク足(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open interest</source>
        <translation>建玉(&amp;O)</translation>
    </message>
    <message>
        <source>Long/short &amp;ratios</source>
        <translation>ロング/ショート比率(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Liquidations</source>
        <translation>清算(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;ptions (snapshot now)</source>
        <translation>オプション (現在のスナップショット)(&amp;P)</translation>
    </message>
    <message>
        <source>Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered.</source>
        <translation>ロング/ショート口座比率、トップトレーダー比率、テイカー売買出来高 (提供される範囲で)。</translation>
    </message>
    <message>
        <source>No free API serves options history: each fetch stores the chain as it is now.</source>
        <translation>オプションの履歴を提供する無料 API はありません。取得のたびに現在のチェーンを保存します。</translation>
    </message>
    <message>
        <source>%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.</source>
        <translation>%1 には誰でも取得できる清算履歴がありません。`cascade record` でリアルタイムに記録できます。</translation>
    </message>
    <message>
        <source>Options are a chain snapshot taken now; the range does not apply to them.</source>
        <translation>オプションは現在のチェーンのスナップショットです。期間は適用されません。</translation>
    </message>
    <message>
        <source>No exchange to fetch from.</source>
        <translation>取得元の取引所がありません。</translation>
    </message>
    <message>
        <source>Enter a symbol, e.g. BTCUSDT.</source>
        <translation>銘柄を入力してください (例: BTCUSDT)。</translation>
    </message>
    <message>
        <source>Symbol &apos;%1&apos;: exchanges use letters, digits and - _ . / : only.</source>
        <translation>銘柄 &apos;%1&apos;: 取引所で使えるのは英字、数字、- _ . / : のみです。</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that %1 serves.</source>
        <translation>%1 が提供するデータを少なくとも 1 種類選択してください。</translation>
    </message>
    <message>
        <source>From %1 UTC is in the future (now is %2 UTC).</source>
        <translation>開始 %1 UTC は未来です (現在は %2 UTC)。</translation>
    </message>
    <message>
        <source>From %1 UTC must be before To %2 UTC.</source>
        <translation>開始 %1 UTC は終了 %2 UTC より前にしてください。</translation>
    </message>
    <message>
        <source>%1 serves no candles</source>
        <translation>%1 はローソク足を提供していません</translation>
    </message>
    <message>
        <source>%1 serves no open interest history</source>
        <translation>%1 は建玉の履歴を提供していません</translation>
    </message>
    <message>
        <source>%1 serves no long/short ratios</source>
        <translation>%1 はロング/ショート比率を提供していません</translation>
    </message>
    <message>
        <source>%1 serves no liquidation history without a key; `cascade record` captures them live</source>
        <translation>%1 はキーなしでは清算履歴を提供していません。`cascade record` でリアルタイムに記録できます</translation>
    </message>
    <message>
        <source>%1 serves no options open interest</source>
        <translation>%1 はオプション建玉を提供していません</translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them.</source>
        <translation>取得を中止します。取得済みのページは保存されたままで、次回の取得はその続きから再開します。</translation>
    </message>
    <message>
        <source>%1: planning…</source>
        <translation>%1: 計画中…</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: キャンセル中…</translation>
    </message>
    <message>
        <source>%1 / %2 requests · %3</source>
        <extracomment>%1 requests done of %2 planned; %3 is &quot;N row(s)&quot;</extracomment>
        <translation>リクエスト %1 / %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cascade::HeatmapPanel</name>
    <message>
        <source>Realized liquidations</source>
        <translation>実際の清算</translation>
    </message>
    <message>
        <source>Estimated levels (open)</source>
        <translation>推定清算価格帯 (未決済)</translation>
    </message>
    <message>
        <source>Colour: relative to window</source>
        <translation>色: 表示範囲に対して相対</translation>
    </message>
    <message>
        <source>Colour: absolute USD</source>
        <translation>色: 絶対値 (USD)</translation>
    </message>
    <message>
        <source>Colour: logarithmic</source>
        <translation>色: 対数</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Estimated open liquidation levels (model, not observed)</source>
        <translation>推定される未決済の清算価格帯 (モデル、実測ではありません)</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>M月d日
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>画像の書き出し</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>ダッシュボード全体</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>価格チャート</translation>
    </message>
    <message>
        <source>Liquidation heatmap</source>
        <translation>清算ヒートマップ</translation>
    </message>
    <message>
        <source>Liquidation map (beside the candles)</source>
        <translation>清算マップ (ローソク足の横)</translation>
    </message>
    <message>
        <source>Options open interest (beside the candles)</source>
        <translation>オプション建玉 (ローソク足の横)</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>ロング/ショート不均衡</translation>
    </message>
    <message>
        <source>Zones and summary</source>
        <translation>ゾーンと概要</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (high-DPI screens, print)</source>
        <translation>2x (高 DPI 画面、印刷)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>倍率(&amp;C)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>The image shows the time range now on screen, with a footer line naming the series, the range and the Cascade version.</source>
        <translation>画像には現在画面に表示中の期間が描かれ、系列、期間、Cascade のバージョンを記したフッター行が付きます。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Choose the PNG file to write.</source>
        <translation>書き出す PNG ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png.</source>
        <translation>%1: ファイル名は .png で終わる必要があります。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>PNG は %1 × %2 ピクセルになります。</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalanceModel</name>
    <message>
        <source>no liquidations</source>
        <translation>清算なし</translation>
    </message>
    <message>
        <source>all long</source>
        <translation>すべてロング</translation>
    </message>
    <message>
        <source>all short</source>
        <translation>すべてショート</translation>
    </message>
    <message>
        <source>%1% long · imbalance %2%</source>
        <translation>ロング %1% · 不均衡 %2%</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>ロング清算 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>ショート清算 (USD)</translation>
    </message>
    <message>
        <source>Long share (%)</source>
        <translation>ロング比率 (%)</translation>
    </message>
    <message>
        <source>Imbalance (%)</source>
        <translation>不均衡 (%)</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>ロング/ショート口座比</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>テイカー売買比</translation>
    </message>
    <message>
        <source>Open interest (USD)</source>
        <translation>建玉 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalancePanel</name>
    <message>
        <source>longs ▼  ▲ shorts</source>
        <translation>ロング ▼  ▲ ショート</translation>
    </message>
    <message>
        <source>OI (USD)</source>
        <translation>建玉 (USD)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>ロング/ショート口座比</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>テイカー売買比</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>建玉</translation>
    </message>
    <message>
        <source>Visible window: longs %1 · shorts %2 · %3</source>
        <translation>表示範囲: ロング %1 · ショート %2 · %3</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>M月d日
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImportController</name>
    <message>
        <source>Import market data</source>
        <translation>市場データのインポート</translation>
    </message>
    <message>
        <source>Archives and CSV files (*.zip *.csv);;All files (*)</source>
        <translation>アーカイブと CSV ファイル (*.zip *.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルをインポート中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3…</source>
        <translation>インポート中 %1 / %2: %3…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>%n 個のファイルをインポートしました: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>インポート: %n 個中 %1 個のファイルが失敗し、何もインポートされませんでした:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationBarModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>ロング清算 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>ショート清算 (USD)</translation>
    </message>
    <message>
        <source>Long events</source>
        <translation>ロング件数</translation>
    </message>
    <message>
        <source>Short events</source>
        <translation>ショート件数</translation>
    </message>
    <message>
        <source>Largest (USD)</source>
        <translation>最大 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapColumn</name>
    <message>
        <source>Est. levels</source>
        <translation>推定清算</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>no bars yet</source>
        <translation>まだバーなし</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapModel</name>
    <message>
        <source>Price from</source>
        <translation>価格 (下限)</translation>
    </message>
    <message>
        <source>Price to</source>
        <translation>価格 (上限)</translation>
    </message>
    <message>
        <source>Long levels (USD)</source>
        <translation>ロング清算価格帯 (USD)</translation>
    </message>
    <message>
        <source>Short levels (USD)</source>
        <translation>ショート清算価格帯 (USD)</translation>
    </message>
    <message>
        <source>Cumulative long (USD)</source>
        <translation>ロング累積 (USD)</translation>
    </message>
    <message>
        <source>Cumulative short (USD)</source>
        <translation>ショート累積 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::MainWindow</name>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>SIMULATED</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>This session is generated by Cascade&apos;s simulator, not recorded from an exchange.</source>
        <translation>このセッションは Cascade のシミュレーターが生成したもので、取引所の記録ではありません。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Liquidations by bar</source>
        <translation>足ごとの清算</translation>
    </message>
    <message>
        <source>Double-click a row to show that bar on the chart.</source>
        <translation>行をダブルクリックすると、その足をチャートに表示します。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Fetch data…</source>
        <translation>データ取得(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous bar</source>
        <translation>前の足(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next bar</source>
        <translation>次の足(&amp;N)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels and options columns</source>
        <translation>推定清算価格帯とオプション列(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cascade</source>
        <translation>Cascade について(&amp;A)</translation>
    </message>
    <message>
        <source>About Cascade</source>
        <translation>Cascade について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Market structure for crypto derivatives: liquidations, options open interest and price on one axis.&lt;/p&gt;&lt;p&gt;Times are UTC.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;暗号資産デリバティブの市場構造: 清算、オプション建玉、価格を 1 つの軸に表示します。&lt;/p&gt;&lt;p&gt;時刻は UTC です。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>全取引所</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>データが読み込まれていません</translation>
    </message>
    <message>
        <source>%1  ·  %2 to %3 UTC</source>
        <translation>%1  ·  %2 〜 %3 UTC</translation>
    </message>
    <message>
        <source>%1 — Cascade</source>
        <translation>%1 — Cascade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>時間足</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>レポートを書き出し(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export i&amp;mage…</source>
        <translation>画像を書き出し(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of the visible range</source>
        <translation>表示範囲の CSV を書き出し(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>ローソク足(&amp;C)</translation>
    </message>
    <message>
        <source>Liquidations per &amp;bar (long/short, imbalance)</source>
        <translation>足ごとの清算 (ロング/ショート、不均衡)(&amp;B)</translation>
    </message>
    <message>
        <source>Liquidation &amp;events</source>
        <translation>清算イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <source>Liquidation &amp;map at the last visible bar</source>
        <translation>表示中の最後の足での清算マップ(&amp;M)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels swept</source>
        <translation>通過した推定清算価格帯(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Options open interest by strike</source>
        <translation>権利行使価格別オプション建玉(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>ゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>画像をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
</context>
<context>
    <name>cascade::OptionsStrikeModel</name>
    <message>
        <source>Strike</source>
        <translation>権利行使価格</translation>
    </message>
    <message>
        <source>Put OI (contracts)</source>
        <translation>プット建玉 (枚)</translation>
    </message>
    <message>
        <source>Call OI (contracts)</source>
        <translation>コール建玉 (枚)</translation>
    </message>
    <message>
        <source>Put OI (USD)</source>
        <translation>プット建玉 (USD)</translation>
    </message>
    <message>
        <source>Call OI (USD)</source>
        <translation>コール建玉 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ParametersPanel</name>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Estimated liquidation levels</source>
        <translation>推定清算価格帯</translation>
    </message>
    <message>
        <source>Open interest increase</source>
        <translation>建玉の増加</translation>
    </message>
    <message>
        <source>Share of traded volume</source>
        <translation>出来高に占める割合</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>テイカー売買比</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>ロング/ショート口座比</translation>
    </message>
    <message>
        <source>50/50</source>
        <translation>50/50</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>終値</translation>
    </message>
    <message>
        <source>OHLC average</source>
        <translation>OHLC 平均</translation>
    </message>
    <message>
        <source>Low for longs, high for shorts</source>
        <translation>ロングは安値、ショートは高値</translation>
    </message>
    <message>
        <source>Scale open levels to open interest (USD)</source>
        <translation>未決済の価格帯を建玉 (USD) に合わせる</translation>
    </message>
    <message>
        <source>New exposure</source>
        <translation>新規エクスポージャー</translation>
    </message>
    <message>
        <source>Long/short split</source>
        <translation>ロング/ショート配分</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>エントリー価格</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>レバレッジ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>維持証拠金</translation>
    </message>
    <message>
        <source>Half-life (h)</source>
        <translation>半減期 (時間)</translation>
    </message>
    <message>
        <source>Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). Weights are each tier&apos;s share of new exposure; half-life 0 means no decay.</source>
        <translation>ロングの清算価格: エントリー x (1 - 1/レバレッジ + 維持証拠金率)。重みは各段階が新規エクスポージャーに占める割合です。半減期 0 は減衰なしを意味します。</translation>
    </message>
    <message>
        <source>Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets).</source>
        <translation>ヒートマップの価格区分を価格範囲に対する割合で指定 (0.002 = 500 区分)。</translation>
    </message>
    <message>
        <source>Heatmap bucket</source>
        <translation>ヒートマップ区分</translation>
    </message>
    <message>
        <source>Zone evidence weights</source>
        <translation>ゾーン根拠の重み</translation>
    </message>
    <message>
        <source>Put and call walls</source>
        <translation>プット/コールウォール</translation>
    </message>
    <message>
        <source>Estimated level clusters</source>
        <translation>推定清算価格帯の集中</translation>
    </message>
    <message>
        <source>Realized liquidations</source>
        <translation>実際の清算</translation>
    </message>
    <message>
        <source>Range extremes</source>
        <translation>レンジの高値・安値</translation>
    </message>
    <message>
        <source>Volume nodes</source>
        <translation>出来高ノード</translation>
    </message>
</context>
<context>
    <name>cascade::PriceChartWidget</name>
    <message>
        <source>●  longs liquidated</source>
        <translation>●  ロング清算</translation>
    </message>
    <message>
        <source>●  shorts liquidated</source>
        <translation>●  ショート清算</translation>
    </message>
    <message>
        <source>HH:mm
MMM d</source>
        <extracomment>QLocale format of a time-axis label over a short span (time, line break, month day)</extracomment>
        <translation>HH:mm
M月d日</translation>
    </message>
    <message>
        <source>MMM d
yyyy</source>
        <extracomment>QLocale format of a time-axis label over a long span (month day, line break, year)</extracomment>
        <translation>M月d日
yyyy年</translation>
    </message>
</context>
<context>
    <name>cascade::RangeToolBar</name>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Show the last %1 of data</source>
        <translation>データの直近 %1 を表示</translation>
    </message>
    <message>
        <source>Show all the data</source>
        <translation>すべてのデータを表示</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24時間</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7日</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30日</translation>
    </message>
    <message>
        <source>90d</source>
        <translation>90日</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>cascade::ReplayBar</name>
    <message>
        <source>Start replay</source>
        <translation>リプレイ開始</translation>
    </message>
    <message>
        <source>Replay the session bar by bar, showing only what was known (Ctrl+R)</source>
        <translation>セッションを 1 本ずつ再生し、その時点で分かっていた情報だけを表示します (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step back one bar (Left)</source>
        <translation>1 本戻る (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>再生または一時停止 (Space)</translation>
    </message>
    <message>
        <source>Step forward one bar (Right)</source>
        <translation>1 本進む (→)</translation>
    </message>
    <message>
        <source>Drag to move the replay clock</source>
        <translation>ドラッグしてリプレイ時刻を移動</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>リプレイ速度</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n 本/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Bookmark the replay time with a note (Ctrl+B)</source>
        <translation>リプレイ時刻をメモ付きでブックマーク (Ctrl+B)</translation>
    </message>
    <message>
        <source>Replay clock (UTC): the panels show what was known at this moment</source>
        <translation>リプレイ時刻 (UTC): 各パネルはこの時点で分かっていた情報を表示します</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>リプレイ停止</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 〜 %2</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>ライブ表示</translation>
    </message>
    <message>
        <source>Previous notable event (Ctrl+Left)</source>
        <translation>前の注目イベント (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next notable event (Ctrl+Right)</source>
        <translation>次の注目イベント (Ctrl+→)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>cascade::ReplayDocks</name>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>リプレイ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start or stop replay</source>
        <translation>リプレイの開始/停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>再生/一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Previous notable &amp;event</source>
        <translation>前の注目イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next notable event</source>
        <translation>次の注目イベント(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark this moment</source>
        <translation>この時点をブックマーク(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cascade::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>新しいフォルダー(&amp;N)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>PDF &amp;page</source>
        <translation>PDF ページ(&amp;P)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>1x (1920 × 1080)</source>
        <translation>1x (1920 × 1080)</translation>
    </message>
    <message>
        <source>2x for high-DPI screens and print (3840 × 2160)</source>
        <translation>2x 高 DPI 画面・印刷用 (3840 × 2160)</translation>
    </message>
    <message>
        <source>Image &amp;scale</source>
        <translation>画像の倍率(&amp;S)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Choose the folder to create for the report.</source>
        <translation>レポート用に作成するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new folder, so nothing is overwritten.</source>
        <translation>%1 にはすでにファイルがあります。上書きしないよう新しいフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Folder to create the report in</source>
        <translation>レポートを作成するフォルダー</translation>
    </message>
    <message>
        <source>A new folder with the dashboard and panel images, their CSVs, report.json and report.pdf: the files `cascade report` writes for the same range.</source>
        <translation>ダッシュボードと各パネルの画像、その CSV、report.json、report.pdf を収めた新しいフォルダー: 同じ期間で `cascade report` が書き出すファイルと同じです。</translation>
    </message>
</context>
<context>
    <name>cascade::SessionModel</name>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>シミュレーション</translation>
    </message>
</context>
<context>
    <name>cascade::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Exchange APIs</source>
        <translation>取引所 API</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>For mirrors, regional endpoints or a local test server. Requests go to the URL followed by the exchange&apos;s usual path.</source>
        <translation>ミラー、地域別エンドポイント、ローカルのテストサーバー向けです。リクエストはこの URL に取引所の通常のパスを付けて送られます。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>System proxy (http_proxy / https_proxy)</source>
        <translation>システムのプロキシ (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. http://host:3128 or socks5://host:1080. Exchanges that ban or block your region answer 418, 403 or 451.</source>
        <translation>例: http://host:3128 または socks5://host:1080。お住まいの地域を禁止・ブロックしている取引所は 418、403、451 を返します。</translation>
    </message>
    <message>
        <source>Needed for CoinGlass liquidation history</source>
        <translation>CoinGlass の清算履歴に必要</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>CoinGlass &amp;API key:</source>
        <translation>CoinGlass API キー(&amp;A):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>%1 API: &apos;%2&apos; is not an http(s) URL such as %3.</source>
        <translation>%1 API: &apos;%2&apos; は %3 のような http(s) の URL ではありません。</translation>
    </message>
    <message>
        <source>Proxy: &apos;%1&apos; is not a proxy URL such as http://host:3128 or socks5://host:1080.</source>
        <translation>プロキシ: &apos;%1&apos; は http://host:3128 や socks5://host:1080 のようなプロキシ URL ではありません。</translation>
    </message>
    <message>
        <source>CoinGlass API key: a key has no spaces; paste it again.</source>
        <translation>CoinGlass API キー: キーに空白は含まれません。もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Cascade starts.</source>
        <translation>言語の変更は Cascade の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>No keychain service is running: kept in Cascade&apos;s settings file, readable only by you.</source>
        <translation>キーチェーンサービスが動作していません。Cascade の設定ファイルに保存され、あなただけが読み取れます。</translation>
    </message>
    <message>
        <source>store.sqlite in Cascade&apos;s data folder</source>
        <translation>Cascade のデータフォルダーの store.sqlite</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>ストア(&amp;S):</translation>
    </message>
    <message>
        <source>A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. Takes effect the next time Cascade starts; --store and CASCADE_STORE override it.</source>
        <translation>SQLite ファイル、またはチームストア: postgresql://user@host:5432/db?sslmode=verify-full。次回 Cascade の起動時に有効になります。--store と CASCADE_STORE が優先されます。</translation>
    </message>
</context>
<context>
    <name>cascade::WorkspaceDocks</name>
    <message>
        <source>Liquidation heatmap</source>
        <translation>清算ヒートマップ</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>ロング/ショート不均衡</translation>
    </message>
    <message>
        <source>Zones and headline figures</source>
        <translation>ゾーンと主要指標</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>モデルのパラメーター</translation>
    </message>
</context>
<context>
    <name>cascade::ZoneBands</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesModel</name>
    <message>
        <source>put wall</source>
        <translation>プットウォール</translation>
    </message>
    <message>
        <source>call wall</source>
        <translation>コールウォール</translation>
    </message>
    <message>
        <source>long levels</source>
        <translation>ロング清算価格帯</translation>
    </message>
    <message>
        <source>short levels</source>
        <translation>ショート清算価格帯</translation>
    </message>
    <message>
        <source>realized liquidations</source>
        <translation>実際の清算</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>レンジ安値</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>レンジ高値</translation>
    </message>
    <message>
        <source>volume node</source>
        <translation>出来高ノード</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>レジスタンス</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>From</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>To</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>From price</source>
        <translation>現在値からの距離</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesPanel</name>
    <message>
        <source>Liquidated notional in the visible window, and how long and short compare</source>
        <translation>表示範囲で清算された想定元本と、ロングとショートの比較</translation>
    </message>
    <message>
        <source>Click to show the bar with the most liquidations</source>
        <translation>クリックすると清算が最も多い足を表示します</translation>
    </message>
    <message>
        <source>Click to show the bar that made the high</source>
        <translation>クリックすると高値をつけた足を表示します</translation>
    </message>
    <message>
        <source>Click to show the bar that made the low</source>
        <translation>クリックすると安値をつけた足を表示します</translation>
    </message>
    <message>
        <source>The strike with the most put open interest below price, and its share of all puts</source>
        <translation>現在値より下でプット建玉が最も多い権利行使価格と、全プットに占める割合</translation>
    </message>
    <message>
        <source>Click a zone to show it on the price chart.</source>
        <translation>ゾーンをクリックすると価格チャートに表示します。</translation>
    </message>
    <message>
        <source>Liquidated %1 · %2</source>
        <translation>清算 %1 · %2</translation>
    </message>
    <message>
        <source>Largest bar %1 at %2 UTC</source>
        <translation>最大の足 %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>No liquidations in view</source>
        <translation>表示範囲に清算なし</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>高値 %1</translation>
    </message>
    <message>
        <source>High -</source>
        <translation>高値 -</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>安値 %1</translation>
    </message>
    <message>
        <source>Low -</source>
        <translation>安値 -</translation>
    </message>
    <message>
        <source>Put wall %1 · %2% of put OI</source>
        <translation>プットウォール %1 · プット建玉の %2%</translation>
    </message>
    <message>
        <source>No options snapshot</source>
        <translation>オプションのスナップショットなし</translation>
    </message>
</context>
</TS>
