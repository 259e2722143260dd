<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartCrosshair</name>
    <message>
        <source>%1 UTC  ·  no data</source>
        <translation>%1 UTC  ·  无数据</translation>
    </message>
    <message>
        <source>%1 UTC  ·  %2
O %3   H %4   L %5   C %6   %7%8%
Volume %9</source>
        <translation>%1 UTC  ·  %2
开 %3   高 %4   低 %5   收 %6   %7%8%
成交量 %9</translation>
    </message>
    <message>
        <source>
No liquidations in this bar</source>
        <translation>
该K线无爆仓</translation>
    </message>
    <message>
        <source>
Longs liquidated %1 (%2)   Shorts liquidated %3 (%4)</source>
        <translation>
多单爆仓 %1 (%2)   空单爆仓 %3 (%4)</translation>
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
        <translation>期权持仓量
暂无快照</translation>
    </message>
    <message>
        <source>Options OI</source>
        <translation>期权持仓量</translation>
    </message>
    <message>
        <source>P/C</source>
        <translation>看跌/看涨</translation>
    </message>
    <message>
        <source>Put wall %1</source>
        <translation>看跌墙 %1</translation>
    </message>
    <message>
        <source>Call wall %1</source>
        <translation>看涨墙 %1</translation>
    </message>
    <message>
        <source>Max pain %1 (%2 expiry)</source>
        <translation>最大痛点 %1 (%2 到期)</translation>
    </message>
</context>
<context>
    <name>cascade::AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Creating the simulated demo session…</source>
        <translation>正在创建模拟演示会话…</translation>
    </message>
    <message>
        <source>The store %1 holds no candles. Fetch or import data first.</source>
        <translation>数据库 %1 中没有K线。请先获取或导入数据。</translation>
    </message>
    <message>
        <source>Loading %1 %2…</source>
        <translation>正在加载 %1 %2…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>已加载 %n 根K线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::BookmarkModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cascade::BookmarksPanel</name>
    <message>
        <source>Double-click a bookmark to replay from there; click a selected note to edit it</source>
        <translation>双击书签从该处回放；单击已选中的备注可编辑</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>删除书签</translation>
    </message>
</context>
<context>
    <name>cascade::CandleTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开盘</translation>
    </message>
    <message>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Taker buy volume</source>
        <translation>主动买入量</translation>
    </message>
</context>
<context>
    <name>cascade::CoverageGaps</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>cascade::CrosshairLink</name>
    <message>
        <source>%1 UTC · longs %2 · shorts %3</source>
        <translation>%1 UTC · 多单 %2 · 空单 %3</translation>
    </message>
    <message>
        <source>%1 UTC · no liquidations</source>
        <translation>%1 UTC · 无爆仓</translation>
    </message>
    <message>
        <source>%1 UTC · longs %2 · shorts %3 · %4% long</source>
        <translation>%1 UTC · 多单 %2 · 空单 %3 · 多单 %4%</translation>
    </message>
</context>
<context>
    <name>cascade::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cascade::ExportController</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Export %1 CSV (visible range)</source>
        <translation>导出 %1 CSV（可见区间）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>A report is already being written to %1</source>
        <translation>已有报告正在写入 %1</translation>
    </message>
    <message>
        <source>Reading the visible range for the report…</source>
        <translation>正在读取可见区间以生成报告…</translation>
    </message>
    <message>
        <source>No candles of %1 in the visible range %2: nothing to report</source>
        <translation>可见区间 %2 内没有 %1 的K线：无可报告内容</translation>
    </message>
    <message>
        <source>Drawing the report into %1…</source>
        <translation>正在将报告绘制到 %1…</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>报告已写入 %1（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Copied the dashboard (%1 × %2 pixels) to the clipboard</source>
        <translation>已将仪表盘（%1 × %2 像素）复制到剪贴板</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message>
        <source>CoinGlass needs an API key: enter it under Edit › Settings….</source>
        <translation>CoinGlass 需要 API 密钥：请在 编辑 › 设置… 中填写。</translation>
    </message>
    <message>
        <source>Unknown exchange &apos;%1&apos;.</source>
        <translation>未知交易所 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Fetching %1 %2…</source>
        <translation>正在获取 %1 %2…</translation>
    </message>
    <message>
        <source>Fetch of %1 %2 cancelled; the pages fetched before stay stored.</source>
        <translation>已取消获取 %1 %2；此前获取的页面仍保留在存储中。</translation>
    </message>
    <message>
        <source>Fetch from %1 failed: %2</source>
        <translation>从 %1 获取失败：%2</translation>
    </message>
    <message>
        <source>Fetched %1 %2: %3, %4</source>
        <extracomment>%3 is &quot;N request(s)&quot;, %4 is &quot;N row(s)&quot;</extracomment>
        <translation>已获取 %1 %2：%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 次请求</numerusform>
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
        <translation>获取市场数据</translation>
    </message>
    <message>
        <source>Exchange-neutral (BTCUSDT) or the exchange&apos;s own name (BTC-USDT-SWAP, BTC-PERPETUAL).</source>
        <translation>通用名称 (BTCUSDT) 或交易所自己的名称 (BTC-USDT-SWAP、BTC-PERPETUAL)。</translation>
    </message>
    <message>
        <source>Candle length. Open interest and ratios use the nearest period the exchange offers.</source>
        <translation>K线周期。持仓量和比率使用交易所提供的最接近的周期。</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>交易所(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>交易对(&amp;S)：</translation>
    </message>
    <message>
        <source>Range (UTC):</source>
        <translation>时间范围 (UTC)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>K线周期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7天</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30天</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>K线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open interest</source>
        <translation>持仓量(&amp;O)</translation>
    </message>
    <message>
        <source>Long/short &amp;ratios</source>
        <translation>多空比(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Liquidations</source>
        <translation>爆仓(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;ptions (snapshot now)</source>
        <translation>期权（当前快照）(&amp;P)</translation>
    </message>
    <message>
        <source>Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered.</source>
        <translation>多空账户比、大户多空比和主动买卖量（以交易所提供为准）。</translation>
    </message>
    <message>
        <source>No free API serves options history: each fetch stores the chain as it is now.</source>
        <translation>没有免费 API 提供期权历史：每次获取都保存当前的期权链。</translation>
    </message>
    <message>
        <source>%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.</source>
        <translation>%1 不提供可获取的爆仓历史：`cascade record` 可实时记录。</translation>
    </message>
    <message>
        <source>Options are a chain snapshot taken now; the range does not apply to them.</source>
        <translation>期权是当前期权链的快照，不受时间范围限制。</translation>
    </message>
    <message>
        <source>No exchange to fetch from.</source>
        <translation>没有可获取数据的交易所。</translation>
    </message>
    <message>
        <source>Enter a symbol, e.g. BTCUSDT.</source>
        <translation>请输入交易对，例如 BTCUSDT。</translation>
    </message>
    <message>
        <source>Symbol &apos;%1&apos;: exchanges use letters, digits and - _ . / : only.</source>
        <translation>交易对 &apos;%1&apos;：交易所只使用字母、数字和 - _ . / :。</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that %1 serves.</source>
        <translation>请至少勾选一种 %1 提供的数据。</translation>
    </message>
    <message>
        <source>From %1 UTC is in the future (now is %2 UTC).</source>
        <translation>开始时间 %1 UTC 在未来（现在是 %2 UTC）。</translation>
    </message>
    <message>
        <source>From %1 UTC must be before To %2 UTC.</source>
        <translation>开始时间 %1 UTC 必须早于结束时间 %2 UTC。</translation>
    </message>
    <message>
        <source>%1 serves no candles</source>
        <translation>%1 不提供K线</translation>
    </message>
    <message>
        <source>%1 serves no open interest history</source>
        <translation>%1 不提供持仓量历史</translation>
    </message>
    <message>
        <source>%1 serves no long/short ratios</source>
        <translation>%1 不提供多空比</translation>
    </message>
    <message>
        <source>%1 serves no liquidation history without a key; `cascade record` captures them live</source>
        <translation>%1 无密钥时不提供爆仓历史；`cascade record` 可实时记录</translation>
    </message>
    <message>
        <source>%1 serves no options open interest</source>
        <translation>%1 不提供期权持仓量</translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them.</source>
        <translation>停止获取。已获取的页面仍保留在存储中；下次获取会从其后继续。</translation>
    </message>
    <message>
        <source>%1: planning…</source>
        <translation>%1：正在规划…</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1：正在取消…</translation>
    </message>
    <message>
        <source>%1 / %2 requests · %3</source>
        <extracomment>%1 requests done of %2 planned; %3 is &quot;N row(s)&quot;</extracomment>
        <translation>请求 %1 / %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cascade::HeatmapPanel</name>
    <message>
        <source>Realized liquidations</source>
        <translation>实际爆仓</translation>
    </message>
    <message>
        <source>Estimated levels (open)</source>
        <translation>预估清算价位（未平仓）</translation>
    </message>
    <message>
        <source>Colour: relative to window</source>
        <translation>颜色：相对当前窗口</translation>
    </message>
    <message>
        <source>Colour: absolute USD</source>
        <translation>颜色：绝对值 USD</translation>
    </message>
    <message>
        <source>Colour: logarithmic</source>
        <translation>颜色：对数</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Estimated open liquidation levels (model, not observed)</source>
        <translation>预估未平仓清算价位（模型推算，非实际观测）</translation>
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
        <translation>导出图像</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>整个仪表盘</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>价格图</translation>
    </message>
    <message>
        <source>Liquidation heatmap</source>
        <translation>清算热力图</translation>
    </message>
    <message>
        <source>Liquidation map (beside the candles)</source>
        <translation>清算地图（K线旁）</translation>
    </message>
    <message>
        <source>Options open interest (beside the candles)</source>
        <translation>期权持仓量（K线旁）</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>多空失衡</translation>
    </message>
    <message>
        <source>Zones and summary</source>
        <translation>区域与摘要</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>尺寸(&amp;S)</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (high-DPI screens, print)</source>
        <translation>2x（高 DPI 屏幕、打印）</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>缩放(&amp;C)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>The image shows the time range now on screen, with a footer line naming the series, the range and the Cascade version.</source>
        <translation>图像显示当前屏幕上的时间范围，并附有注明品种、时间范围和 Cascade 版本的页脚。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose the PNG file to write.</source>
        <translation>请选择要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png.</source>
        <translation>%1：文件名必须以 .png 结尾。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>PNG 尺寸为 %1 × %2 像素。</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalanceModel</name>
    <message>
        <source>no liquidations</source>
        <translation>无爆仓</translation>
    </message>
    <message>
        <source>all long</source>
        <translation>全部多单</translation>
    </message>
    <message>
        <source>all short</source>
        <translation>全部空单</translation>
    </message>
    <message>
        <source>%1% long · imbalance %2%</source>
        <translation>多单 %1% · 失衡 %2%</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>多单爆仓 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>空单爆仓 (USD)</translation>
    </message>
    <message>
        <source>Long share (%)</source>
        <translation>多单占比 (%)</translation>
    </message>
    <message>
        <source>Imbalance (%)</source>
        <translation>失衡 (%)</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>多空账户比</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>主动买卖比</translation>
    </message>
    <message>
        <source>Open interest (USD)</source>
        <translation>持仓量 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalancePanel</name>
    <message>
        <source>longs ▼  ▲ shorts</source>
        <translation>多单 ▼  ▲ 空单</translation>
    </message>
    <message>
        <source>OI (USD)</source>
        <translation>持仓量 (USD)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>多空账户比</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>主动买卖比</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>持仓量</translation>
    </message>
    <message>
        <source>Visible window: longs %1 · shorts %2 · %3</source>
        <translation>可见区间：多单 %1 · 空单 %2 · %3</translation>
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
        <translation>导入市场数据</translation>
    </message>
    <message>
        <source>Archives and CSV files (*.zip *.csv);;All files (*)</source>
        <translation>压缩包和 CSV 文件 (*.zip *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3…</source>
        <translation>正在导入第 %1 个，共 %2 个：%3…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>已导入 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>导入：%n 个文件中有 %1 个失败，未导入任何内容：
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationBarModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>多单爆仓 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>空单爆仓 (USD)</translation>
    </message>
    <message>
        <source>Long events</source>
        <translation>多单笔数</translation>
    </message>
    <message>
        <source>Short events</source>
        <translation>空单笔数</translation>
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
        <translation>预估清算</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>no bars yet</source>
        <translation>暂无数据条</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapModel</name>
    <message>
        <source>Price from</source>
        <translation>价格下限</translation>
    </message>
    <message>
        <source>Price to</source>
        <translation>价格上限</translation>
    </message>
    <message>
        <source>Long levels (USD)</source>
        <translation>多单清算价位 (USD)</translation>
    </message>
    <message>
        <source>Short levels (USD)</source>
        <translation>空单清算价位 (USD)</translation>
    </message>
    <message>
        <source>Cumulative long (USD)</source>
        <translation>多单累计 (USD)</translation>
    </message>
    <message>
        <source>Cumulative short (USD)</source>
        <translation>空单累计 (USD)</translation>
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
        <translation>模拟</translation>
    </message>
    <message>
        <source>This session is generated by Cascade&apos;s simulator, not recorded from an exchange.</source>
        <translation>此会话由 Cascade 模拟器生成，并非交易所的真实记录。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Liquidations by bar</source>
        <translation>每根K线的爆仓</translation>
    </message>
    <message>
        <source>Double-click a row to show that bar on the chart.</source>
        <translation>双击某行可在图表中显示该K线。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Fetch data…</source>
        <translation>获取数据(&amp;F)…</translation>
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
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous bar</source>
        <translation>上一根K线(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next bar</source>
        <translation>下一根K线(&amp;N)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels and options columns</source>
        <translation>预估清算价位和期权栏(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cascade</source>
        <translation>关于 Cascade(&amp;A)</translation>
    </message>
    <message>
        <source>About Cascade</source>
        <translation>关于 Cascade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Market structure for crypto derivatives: liquidations, options open interest and price on one axis.&lt;/p&gt;&lt;p&gt;Times are UTC.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;加密衍生品市场结构：爆仓、期权持仓量与价格同轴显示。&lt;/p&gt;&lt;p&gt;时间均为 UTC。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>全部交易所</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>未加载数据</translation>
    </message>
    <message>
        <source>%1  ·  %2 to %3 UTC</source>
        <translation>%1  ·  %2 至 %3 UTC</translation>
    </message>
    <message>
        <source>%1 — Cascade</source>
        <translation>%1 — Cascade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export i&amp;mage…</source>
        <translation>导出图像(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of the visible range</source>
        <translation>导出可见区间的 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>K线(&amp;C)</translation>
    </message>
    <message>
        <source>Liquidations per &amp;bar (long/short, imbalance)</source>
        <translation>每根K线的爆仓（多空、失衡）(&amp;B)</translation>
    </message>
    <message>
        <source>Liquidation &amp;events</source>
        <translation>爆仓事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Liquidation &amp;map at the last visible bar</source>
        <translation>最后一根可见K线处的清算地图(&amp;M)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels swept</source>
        <translation>已被扫过的预估价位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Options open interest by strike</source>
        <translation>按行权价的期权持仓量(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>区域(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
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
        <translation>行权价</translation>
    </message>
    <message>
        <source>Put OI (contracts)</source>
        <translation>看跌持仓量（张）</translation>
    </message>
    <message>
        <source>Call OI (contracts)</source>
        <translation>看涨持仓量（张）</translation>
    </message>
    <message>
        <source>Put OI (USD)</source>
        <translation>看跌持仓量 (USD)</translation>
    </message>
    <message>
        <source>Call OI (USD)</source>
        <translation>看涨持仓量 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ParametersPanel</name>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Estimated liquidation levels</source>
        <translation>预估清算价位</translation>
    </message>
    <message>
        <source>Open interest increase</source>
        <translation>持仓量增加</translation>
    </message>
    <message>
        <source>Share of traded volume</source>
        <translation>成交量占比</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>主动买卖比</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>多空账户比</translation>
    </message>
    <message>
        <source>50/50</source>
        <translation>50/50</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘</translation>
    </message>
    <message>
        <source>OHLC average</source>
        <translation>OHLC 均价</translation>
    </message>
    <message>
        <source>Low for longs, high for shorts</source>
        <translation>多单取最低价，空单取最高价</translation>
    </message>
    <message>
        <source>Scale open levels to open interest (USD)</source>
        <translation>按持仓量 (USD) 缩放未平仓价位</translation>
    </message>
    <message>
        <source>New exposure</source>
        <translation>新增敞口</translation>
    </message>
    <message>
        <source>Long/short split</source>
        <translation>多空拆分</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <source>Half-life (h)</source>
        <translation>半衰期（小时）</translation>
    </message>
    <message>
        <source>Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). Weights are each tier&apos;s share of new exposure; half-life 0 means no decay.</source>
        <translation>多单强平价格：开仓价 x (1 - 1/杠杆 + 维持保证金率)。权重为各档位在新增敞口中的占比；半衰期为 0 表示不衰减。</translation>
    </message>
    <message>
        <source>Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets).</source>
        <translation>热力图价格档位占价格范围的比例（0.002 = 500 档）。</translation>
    </message>
    <message>
        <source>Heatmap bucket</source>
        <translation>热力图档位</translation>
    </message>
    <message>
        <source>Zone evidence weights</source>
        <translation>区域依据权重</translation>
    </message>
    <message>
        <source>Put and call walls</source>
        <translation>看跌墙和看涨墙</translation>
    </message>
    <message>
        <source>Estimated level clusters</source>
        <translation>预估价位密集区</translation>
    </message>
    <message>
        <source>Realized liquidations</source>
        <translation>实际爆仓</translation>
    </message>
    <message>
        <source>Range extremes</source>
        <translation>区间极值</translation>
    </message>
    <message>
        <source>Volume nodes</source>
        <translation>成交量节点</translation>
    </message>
</context>
<context>
    <name>cascade::PriceChartWidget</name>
    <message>
        <source>●  longs liquidated</source>
        <translation>●  多单爆仓</translation>
    </message>
    <message>
        <source>●  shorts liquidated</source>
        <translation>●  空单爆仓</translation>
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
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Show the last %1 of data</source>
        <translation>显示最近 %1 的数据</translation>
    </message>
    <message>
        <source>Show all the data</source>
        <translation>显示全部数据</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7天</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30天</translation>
    </message>
    <message>
        <source>90d</source>
        <translation>90天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
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
        <translation>开始回放</translation>
    </message>
    <message>
        <source>Replay the session bar by bar, showing only what was known (Ctrl+R)</source>
        <translation>逐根K线回放会话，只显示当时已知的信息 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step back one bar (Left)</source>
        <translation>后退一根K线 (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停 (空格)</translation>
    </message>
    <message>
        <source>Step forward one bar (Right)</source>
        <translation>前进一根K线 (→)</translation>
    </message>
    <message>
        <source>Drag to move the replay clock</source>
        <translation>拖动以移动回放时钟</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n 根/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmark the replay time with a note (Ctrl+B)</source>
        <translation>为回放时刻添加书签和备注 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Replay clock (UTC): the panels show what was known at this moment</source>
        <translation>回放时钟 (UTC)：各面板显示此刻已知的信息</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>实时视图</translation>
    </message>
    <message>
        <source>Previous notable event (Ctrl+Left)</source>
        <translation>上一个重要事件 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next notable event (Ctrl+Right)</source>
        <translation>下一个重要事件 (Ctrl+→)</translation>
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
        <translation>回放</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>回放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start or stop replay</source>
        <translation>开始或停止回放(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>播放或暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Previous notable &amp;event</source>
        <translation>上一个重要事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next notable event</source>
        <translation>下一个重要事件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark this moment</source>
        <translation>将此刻加入书签(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cascade::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>新建文件夹(&amp;N)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>PDF &amp;page</source>
        <translation>PDF 页面(&amp;P)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>1x (1920 × 1080)</source>
        <translation>1x (1920 × 1080)</translation>
    </message>
    <message>
        <source>2x for high-DPI screens and print (3840 × 2160)</source>
        <translation>2x 用于高 DPI 屏幕和打印 (3840 × 2160)</translation>
    </message>
    <message>
        <source>Image &amp;scale</source>
        <translation>图像缩放(&amp;S)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose the folder to create for the report.</source>
        <translation>请选择要为报告创建的文件夹。</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new folder, so nothing is overwritten.</source>
        <translation>%1 中已有文件：请选择新文件夹，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>Folder to create the report in</source>
        <translation>用于创建报告的文件夹</translation>
    </message>
    <message>
        <source>A new folder with the dashboard and panel images, their CSVs, report.json and report.pdf: the files `cascade report` writes for the same range.</source>
        <translation>一个新文件夹，包含仪表盘和各面板图像、对应 CSV、report.json 和 report.pdf：与 `cascade report` 对同一时间范围写出的文件相同。</translation>
    </message>
</context>
<context>
    <name>cascade::SessionModel</name>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
</context>
<context>
    <name>cascade::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Exchange APIs</source>
        <translation>交易所 API</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>For mirrors, regional endpoints or a local test server. Requests go to the URL followed by the exchange&apos;s usual path.</source>
        <translation>用于镜像、区域端点或本地测试服务器。请求发送到此 URL 加上交易所的常规路径。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>System proxy (http_proxy / https_proxy)</source>
        <translation>系统代理 (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. http://host:3128 or socks5://host:1080. Exchanges that ban or block your region answer 418, 403 or 451.</source>
        <translation>例如 http://host:3128 或 socks5://host:1080。禁止或屏蔽您所在地区的交易所会返回 418、403 或 451。</translation>
    </message>
    <message>
        <source>Needed for CoinGlass liquidation history</source>
        <translation>获取 CoinGlass 爆仓历史时需要</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>CoinGlass &amp;API key:</source>
        <translation>CoinGlass API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 API: &apos;%2&apos; is not an http(s) URL such as %3.</source>
        <translation>%1 API：&apos;%2&apos; 不是类似 %3 的 http(s) URL。</translation>
    </message>
    <message>
        <source>Proxy: &apos;%1&apos; is not a proxy URL such as http://host:3128 or socks5://host:1080.</source>
        <translation>代理：&apos;%1&apos; 不是类似 http://host:3128 或 socks5://host:1080 的代理 URL。</translation>
    </message>
    <message>
        <source>CoinGlass API key: a key has no spaces; paste it again.</source>
        <translation>CoinGlass API 密钥：密钥不含空格，请重新粘贴。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Cascade starts.</source>
        <translation>新语言将在下次启动 Cascade 时生效。</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain service is running: kept in Cascade&apos;s settings file, readable only by you.</source>
        <translation>没有运行中的钥匙串服务：保存在 Cascade 的设置文件中，仅您本人可读。</translation>
    </message>
    <message>
        <source>store.sqlite in Cascade&apos;s data folder</source>
        <translation>Cascade 数据文件夹中的 store.sqlite</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>存储(&amp;S)：</translation>
    </message>
    <message>
        <source>A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. Takes effect the next time Cascade starts; --store and CASCADE_STORE override it.</source>
        <translation>SQLite 文件，或团队存储：postgresql://user@host:5432/db?sslmode=verify-full。下次启动 Cascade 时生效；--store 和 CASCADE_STORE 优先。</translation>
    </message>
</context>
<context>
    <name>cascade::WorkspaceDocks</name>
    <message>
        <source>Liquidation heatmap</source>
        <translation>清算热力图</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>多空失衡</translation>
    </message>
    <message>
        <source>Zones and headline figures</source>
        <translation>区域与关键数据</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>模型参数</translation>
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
        <translation>支</translation>
    </message>
    <message>
        <source>R</source>
        <translation>阻</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesModel</name>
    <message>
        <source>put wall</source>
        <translation>看跌墙</translation>
    </message>
    <message>
        <source>call wall</source>
        <translation>看涨墙</translation>
    </message>
    <message>
        <source>long levels</source>
        <translation>多单清算价位</translation>
    </message>
    <message>
        <source>short levels</source>
        <translation>空单清算价位</translation>
    </message>
    <message>
        <source>realized liquidations</source>
        <translation>实际爆仓</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>区间低点</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>区间高点</translation>
    </message>
    <message>
        <source>volume node</source>
        <translation>成交量节点</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支撑</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>阻力</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>类型</translation>
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
        <translation>评分</translation>
    </message>
    <message>
        <source>From price</source>
        <translation>距现价</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesPanel</name>
    <message>
        <source>Liquidated notional in the visible window, and how long and short compare</source>
        <translation>可见区间内爆仓的名义价值，以及多空对比</translation>
    </message>
    <message>
        <source>Click to show the bar with the most liquidations</source>
        <translation>点击显示爆仓最多的K线</translation>
    </message>
    <message>
        <source>Click to show the bar that made the high</source>
        <translation>点击显示创出最高价的K线</translation>
    </message>
    <message>
        <source>Click to show the bar that made the low</source>
        <translation>点击显示创出最低价的K线</translation>
    </message>
    <message>
        <source>The strike with the most put open interest below price, and its share of all puts</source>
        <translation>现价下方看跌持仓量最多的行权价，及其占全部看跌期权的比例</translation>
    </message>
    <message>
        <source>Click a zone to show it on the price chart.</source>
        <translation>点击某个区域可在价格图上显示。</translation>
    </message>
    <message>
        <source>Liquidated %1 · %2</source>
        <translation>爆仓 %1 · %2</translation>
    </message>
    <message>
        <source>Largest bar %1 at %2 UTC</source>
        <translation>最大K线 %1，于 %2 UTC</translation>
    </message>
    <message>
        <source>No liquidations in view</source>
        <translation>可见区间无爆仓</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>High -</source>
        <translation>最高 -</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <source>Low -</source>
        <translation>最低 -</translation>
    </message>
    <message>
        <source>Put wall %1 · %2% of put OI</source>
        <translation>看跌墙 %1 · 占看跌持仓量 %2%</translation>
    </message>
    <message>
        <source>No options snapshot</source>
        <translation>无期权快照</translation>
    </message>
</context>
</TS>
