<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ChartCrosshair</name>
    <message>
        <source>%1 UTC  ·  no data</source>
        <translation>%1 UTC  ·  데이터 없음</translation>
    </message>
    <message>
        <source>%1 UTC  ·  %2
O %3   H %4   L %5   C %6   %7%8%
Volume %9</source>
        <translation>%1 UTC  ·  %2
시 %3   고 %4   저 %5   종 %6   %7%8%
거래량 %9</translation>
    </message>
    <message>
        <source>
No liquidations in this bar</source>
        <translation>
이 봉에는 청산 없음</translation>
    </message>
    <message>
        <source>
Longs liquidated %1 (%2)   Shorts liquidated %3 (%4)</source>
        <translation>
롱 청산 %1 (%2)   숏 청산 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OptionsColumn</name>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date format of a day and abbreviated month, e.g. &quot;10 Oct&quot;; reorder for your language</extracomment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Options OI
no snapshot yet</source>
        <translation>옵션 미결제약정
스냅샷 없음</translation>
    </message>
    <message>
        <source>Options OI</source>
        <translation>옵션 OI</translation>
    </message>
    <message>
        <source>P/C</source>
        <translation>P/C</translation>
    </message>
    <message>
        <source>Put wall %1</source>
        <translation>풋 월 %1</translation>
    </message>
    <message>
        <source>Call wall %1</source>
        <translation>콜 월 %1</translation>
    </message>
    <message>
        <source>Max pain %1 (%2 expiry)</source>
        <translation>맥스 페인 %1 (%2 만기)</translation>
    </message>
</context>
<context>
    <name>cascade::AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Creating the simulated demo session…</source>
        <translation>시뮬레이션 데모 세션 생성 중…</translation>
    </message>
    <message>
        <source>The store %1 holds no candles. Fetch or import data first.</source>
        <translation>저장소 %1에 캔들이 없습니다. 먼저 데이터를 가져오거나 임포트하세요.</translation>
    </message>
    <message>
        <source>Loading %1 %2…</source>
        <translation>%1 %2 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>캔들 %n개를 불러왔습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::BookmarkModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>시간 (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>cascade::BookmarksPanel</name>
    <message>
        <source>Double-click a bookmark to replay from there; click a selected note to edit it</source>
        <translation>북마크를 두 번 클릭하면 그 시점부터 리플레이합니다. 선택한 메모를 클릭하면 편집합니다</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>북마크 삭제</translation>
    </message>
</context>
<context>
    <name>cascade::CandleTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>시간 (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>시가</translation>
    </message>
    <message>
        <source>High</source>
        <translation>고가</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>저가</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>종가</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>거래량</translation>
    </message>
    <message>
        <source>Taker buy volume</source>
        <translation>테이커 매수 거래량</translation>
    </message>
</context>
<context>
    <name>cascade::CoverageGaps</name>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
</context>
<context>
    <name>cascade::CrosshairLink</name>
    <message>
        <source>%1 UTC · longs %2 · shorts %3</source>
        <translation>%1 UTC · 롱 %2 · 숏 %3</translation>
    </message>
    <message>
        <source>%1 UTC · no liquidations</source>
        <translation>%1 UTC · 청산 없음</translation>
    </message>
    <message>
        <source>%1 UTC · longs %2 · shorts %3 · %4% long</source>
        <translation>%1 UTC · 롱 %2 · 숏 %3 · 롱 %4%</translation>
    </message>
</context>
<context>
    <name>cascade::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>cascade::ExportController</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Export %1 CSV (visible range)</source>
        <translation>%1 CSV 내보내기 (보이는 구간)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>A report is already being written to %1</source>
        <translation>보고서를 이미 %1에 쓰는 중입니다</translation>
    </message>
    <message>
        <source>Reading the visible range for the report…</source>
        <translation>보고서용 보이는 구간을 읽는 중…</translation>
    </message>
    <message>
        <source>No candles of %1 in the visible range %2: nothing to report</source>
        <translation>보이는 구간 %2에 %1의 캔들이 없어 보고할 내용이 없습니다</translation>
    </message>
    <message>
        <source>Drawing the report into %1…</source>
        <translation>보고서를 %1에 그리는 중…</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>보고서를 %1에 썼습니다 (파일 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Copied the dashboard (%1 × %2 pixels) to the clipboard</source>
        <translation>대시보드(%1 × %2 픽셀)를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message>
        <source>CoinGlass needs an API key: enter it under Edit › Settings….</source>
        <translation>CoinGlass에는 API 키가 필요합니다: 편집 › 설정…에서 입력하세요.</translation>
    </message>
    <message>
        <source>Unknown exchange &apos;%1&apos;.</source>
        <translation>알 수 없는 거래소 &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Fetching %1 %2…</source>
        <translation>%1 %2 가져오는 중…</translation>
    </message>
    <message>
        <source>Fetch of %1 %2 cancelled; the pages fetched before stay stored.</source>
        <translation>%1 %2 가져오기를 취소했습니다. 이미 가져온 페이지는 저장된 채로 남습니다.</translation>
    </message>
    <message>
        <source>Fetch from %1 failed: %2</source>
        <translation>%1에서 가져오기 실패: %2</translation>
    </message>
    <message>
        <source>Fetched %1 %2: %3, %4</source>
        <extracomment>%3 is &quot;N request(s)&quot;, %4 is &quot;N row(s)&quot;</extracomment>
        <translation>%1 %2 가져옴: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>요청 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln행</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchDialog</name>
    <message>
        <source>Fetch market data</source>
        <translation>시장 데이터 가져오기</translation>
    </message>
    <message>
        <source>Exchange-neutral (BTCUSDT) or the exchange&apos;s own name (BTC-USDT-SWAP, BTC-PERPETUAL).</source>
        <translation>거래소 공통 이름(BTCUSDT) 또는 거래소 고유 이름(BTC-USDT-SWAP, BTC-PERPETUAL).</translation>
    </message>
    <message>
        <source>Candle length. Open interest and ratios use the nearest period the exchange offers.</source>
        <translation>캔들 길이. 미결제약정과 비율은 거래소가 제공하는 가장 가까운 주기를 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>거래소(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>심볼(&amp;S):</translation>
    </message>
    <message>
        <source>Range (UTC):</source>
        <translation>기간 (UTC):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>주기(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>가져오기(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>캔들(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open interest</source>
        <translation>미결제약정(&amp;O)</translation>
    </message>
    <message>
        <source>Long/short &amp;ratios</source>
        <translation>롱/숏 비율(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Liquidations</source>
        <translation>청산(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;ptions (snapshot now)</source>
        <translation>옵션 (현재 스냅샷)(&amp;P)</translation>
    </message>
    <message>
        <source>Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered.</source>
        <translation>롱/숏 계정 비율, 상위 트레이더 비율, 테이커 매수/매도 거래량 (제공되는 경우).</translation>
    </message>
    <message>
        <source>No free API serves options history: each fetch stores the chain as it is now.</source>
        <translation>옵션 이력을 제공하는 무료 API는 없습니다. 가져올 때마다 현재 체인을 저장합니다.</translation>
    </message>
    <message>
        <source>%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.</source>
        <translation>%1에는 누구나 가져올 수 있는 청산 이력이 없습니다. `cascade record`로 실시간 기록하세요.</translation>
    </message>
    <message>
        <source>Options are a chain snapshot taken now; the range does not apply to them.</source>
        <translation>옵션은 지금 찍은 체인 스냅샷이며 기간은 적용되지 않습니다.</translation>
    </message>
    <message>
        <source>No exchange to fetch from.</source>
        <translation>가져올 거래소가 없습니다.</translation>
    </message>
    <message>
        <source>Enter a symbol, e.g. BTCUSDT.</source>
        <translation>심볼을 입력하세요 (예: BTCUSDT).</translation>
    </message>
    <message>
        <source>Symbol &apos;%1&apos;: exchanges use letters, digits and - _ . / : only.</source>
        <translation>심볼 &apos;%1&apos;: 거래소는 문자, 숫자와 - _ . / : 만 사용합니다.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that %1 serves.</source>
        <translation>%1에서 제공하는 데이터를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>From %1 UTC is in the future (now is %2 UTC).</source>
        <translation>시작 %1 UTC는 미래입니다 (현재 %2 UTC).</translation>
    </message>
    <message>
        <source>From %1 UTC must be before To %2 UTC.</source>
        <translation>시작 %1 UTC는 종료 %2 UTC보다 앞서야 합니다.</translation>
    </message>
    <message>
        <source>%1 serves no candles</source>
        <translation>%1은(는) 캔들을 제공하지 않습니다</translation>
    </message>
    <message>
        <source>%1 serves no open interest history</source>
        <translation>%1은(는) 미결제약정 이력을 제공하지 않습니다</translation>
    </message>
    <message>
        <source>%1 serves no long/short ratios</source>
        <translation>%1은(는) 롱/숏 비율을 제공하지 않습니다</translation>
    </message>
    <message>
        <source>%1 serves no liquidation history without a key; `cascade record` captures them live</source>
        <translation>%1은(는) 키 없이 청산 이력을 제공하지 않습니다. `cascade record`로 실시간 기록하세요</translation>
    </message>
    <message>
        <source>%1 serves no options open interest</source>
        <translation>%1은(는) 옵션 미결제약정을 제공하지 않습니다</translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them.</source>
        <translation>가져오기를 중지합니다. 이미 가져온 페이지는 저장된 채로 남고, 다음 가져오기는 그 이후부터 재개합니다.</translation>
    </message>
    <message>
        <source>%1: planning…</source>
        <translation>%1: 계획 중…</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: 취소 중…</translation>
    </message>
    <message>
        <source>%1 / %2 requests · %3</source>
        <extracomment>%1 requests done of %2 planned; %3 is &quot;N row(s)&quot;</extracomment>
        <translation>요청 %1 / %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln행</numerusform>
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
        <translation>실제 청산</translation>
    </message>
    <message>
        <source>Estimated levels (open)</source>
        <translation>추정 청산 레벨 (미결제)</translation>
    </message>
    <message>
        <source>Colour: relative to window</source>
        <translation>색상: 보이는 구간 기준</translation>
    </message>
    <message>
        <source>Colour: absolute USD</source>
        <translation>색상: 절대값 USD</translation>
    </message>
    <message>
        <source>Colour: logarithmic</source>
        <translation>색상: 로그</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Estimated open liquidation levels (model, not observed)</source>
        <translation>추정 미결제 청산 레벨 (모델, 관측값 아님)</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>M월 d일
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>대시보드 전체</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>가격 차트</translation>
    </message>
    <message>
        <source>Liquidation heatmap</source>
        <translation>청산 히트맵</translation>
    </message>
    <message>
        <source>Liquidation map (beside the candles)</source>
        <translation>청산 맵 (캔들 옆)</translation>
    </message>
    <message>
        <source>Options open interest (beside the candles)</source>
        <translation>옵션 미결제약정 (캔들 옆)</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>롱/숏 불균형</translation>
    </message>
    <message>
        <source>Zones and summary</source>
        <translation>구간과 요약</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>크기(&amp;S)</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (high-DPI screens, print)</source>
        <translation>2x (고해상도 화면, 인쇄)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>배율(&amp;C)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>The image shows the time range now on screen, with a footer line naming the series, the range and the Cascade version.</source>
        <translation>이미지에는 지금 화면에 보이는 기간이 담기며, 시리즈·기간·Cascade 버전을 적은 바닥글이 붙습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Choose the PNG file to write.</source>
        <translation>쓸 PNG 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png.</source>
        <translation>%1: 파일 이름은 .png로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>PNG는 %1 × %2 픽셀이 됩니다.</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalanceModel</name>
    <message>
        <source>no liquidations</source>
        <translation>청산 없음</translation>
    </message>
    <message>
        <source>all long</source>
        <translation>전부 롱</translation>
    </message>
    <message>
        <source>all short</source>
        <translation>전부 숏</translation>
    </message>
    <message>
        <source>%1% long · imbalance %2%</source>
        <translation>롱 %1% · 불균형 %2%</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>시간 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>롱 청산 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>숏 청산 (USD)</translation>
    </message>
    <message>
        <source>Long share (%)</source>
        <translation>롱 비중 (%)</translation>
    </message>
    <message>
        <source>Imbalance (%)</source>
        <translation>불균형 (%)</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>롱/숏 계정</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>테이커 매수/매도</translation>
    </message>
    <message>
        <source>Open interest (USD)</source>
        <translation>미결제약정 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalancePanel</name>
    <message>
        <source>longs ▼  ▲ shorts</source>
        <translation>롱 ▼  ▲ 숏</translation>
    </message>
    <message>
        <source>OI (USD)</source>
        <translation>OI (USD)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>롱/숏 계정</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>테이커 매수/매도</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>미결제약정</translation>
    </message>
    <message>
        <source>Visible window: longs %1 · shorts %2 · %3</source>
        <translation>보이는 구간: 롱 %1 · 숏 %2 · %3</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>M월 d일
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImportController</name>
    <message>
        <source>Import market data</source>
        <translation>시장 데이터 임포트</translation>
    </message>
    <message>
        <source>Archives and CSV files (*.zip *.csv);;All files (*)</source>
        <translation>압축 파일과 CSV 파일 (*.zip *.csv);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개 임포트 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3…</source>
        <translation>임포트 중 %1 / %2: %3…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>파일 %n개를 임포트했습니다: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>임포트: 파일 %n개 중 %1개가 실패해 아무것도 임포트하지 않았습니다:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationBarModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>시간 (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>롱 청산 (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>숏 청산 (USD)</translation>
    </message>
    <message>
        <source>Long events</source>
        <translation>롱 건수</translation>
    </message>
    <message>
        <source>Short events</source>
        <translation>숏 건수</translation>
    </message>
    <message>
        <source>Largest (USD)</source>
        <translation>최대 (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapColumn</name>
    <message>
        <source>Est. levels</source>
        <translation>추정 레벨</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>no bars yet</source>
        <translation>아직 막대 없음</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapModel</name>
    <message>
        <source>Price from</source>
        <translation>가격 (부터)</translation>
    </message>
    <message>
        <source>Price to</source>
        <translation>가격 (까지)</translation>
    </message>
    <message>
        <source>Long levels (USD)</source>
        <translation>롱 레벨 (USD)</translation>
    </message>
    <message>
        <source>Short levels (USD)</source>
        <translation>숏 레벨 (USD)</translation>
    </message>
    <message>
        <source>Cumulative long (USD)</source>
        <translation>롱 누적 (USD)</translation>
    </message>
    <message>
        <source>Cumulative short (USD)</source>
        <translation>숏 누적 (USD)</translation>
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
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>This session is generated by Cascade&apos;s simulator, not recorded from an exchange.</source>
        <translation>이 세션은 거래소 기록이 아니라 Cascade 시뮬레이터가 생성한 것입니다.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Liquidations by bar</source>
        <translation>봉별 청산</translation>
    </message>
    <message>
        <source>Double-click a row to show that bar on the chart.</source>
        <translation>행을 두 번 클릭하면 차트에서 해당 봉을 보여줍니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Fetch data…</source>
        <translation>데이터 가져오기(&amp;F)…</translation>
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
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>보기 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous bar</source>
        <translation>이전 봉(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next bar</source>
        <translation>다음 봉(&amp;N)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels and options columns</source>
        <translation>추정 레벨과 옵션 열(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cascade</source>
        <translation>Cascade 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Cascade</source>
        <translation>Cascade 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Market structure for crypto derivatives: liquidations, options open interest and price on one axis.&lt;/p&gt;&lt;p&gt;Times are UTC.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;암호화폐 파생상품의 시장 구조: 청산, 옵션 미결제약정, 가격을 하나의 축에 표시합니다.&lt;/p&gt;&lt;p&gt;시간은 UTC 기준입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>시뮬레이션</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>모든 거래소</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>불러온 데이터 없음</translation>
    </message>
    <message>
        <source>%1  ·  %2 to %3 UTC</source>
        <translation>%1  ·  %2 ~ %3 UTC</translation>
    </message>
    <message>
        <source>%1 — Cascade</source>
        <translation>%1 — Cascade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>시리즈</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>임포트(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>보고서 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export i&amp;mage…</source>
        <translation>이미지 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of the visible range</source>
        <translation>보이는 구간 CSV 내보내기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>캔들(&amp;C)</translation>
    </message>
    <message>
        <source>Liquidations per &amp;bar (long/short, imbalance)</source>
        <translation>봉별 청산 (롱/숏, 불균형)(&amp;B)</translation>
    </message>
    <message>
        <source>Liquidation &amp;events</source>
        <translation>청산 이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>히트맵(&amp;H)</translation>
    </message>
    <message>
        <source>Liquidation &amp;map at the last visible bar</source>
        <translation>마지막 보이는 봉 기준 청산 맵(&amp;M)</translation>
    </message>
    <message>
        <source>Estimated &amp;levels swept</source>
        <translation>돌파된 추정 레벨(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Options open interest by strike</source>
        <translation>행사가별 옵션 미결제약정(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>구간(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>이미지 복사(&amp;C)</translation>
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
        <translation>행사가</translation>
    </message>
    <message>
        <source>Put OI (contracts)</source>
        <translation>풋 OI (계약)</translation>
    </message>
    <message>
        <source>Call OI (contracts)</source>
        <translation>콜 OI (계약)</translation>
    </message>
    <message>
        <source>Put OI (USD)</source>
        <translation>풋 OI (USD)</translation>
    </message>
    <message>
        <source>Call OI (USD)</source>
        <translation>콜 OI (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ParametersPanel</name>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>Estimated liquidation levels</source>
        <translation>추정 청산 레벨</translation>
    </message>
    <message>
        <source>Open interest increase</source>
        <translation>미결제약정 증가</translation>
    </message>
    <message>
        <source>Share of traded volume</source>
        <translation>거래량 대비 비중</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>테이커 매수/매도</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>롱/숏 계정</translation>
    </message>
    <message>
        <source>50/50</source>
        <translation>50/50</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>종가</translation>
    </message>
    <message>
        <source>OHLC average</source>
        <translation>OHLC 평균</translation>
    </message>
    <message>
        <source>Low for longs, high for shorts</source>
        <translation>롱은 저가, 숏은 고가</translation>
    </message>
    <message>
        <source>Scale open levels to open interest (USD)</source>
        <translation>미결제 레벨을 미결제약정(USD)에 맞춤</translation>
    </message>
    <message>
        <source>New exposure</source>
        <translation>신규 포지션</translation>
    </message>
    <message>
        <source>Long/short split</source>
        <translation>롱/숏 배분</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>진입가</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>레버리지</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>유지 증거금</translation>
    </message>
    <message>
        <source>Half-life (h)</source>
        <translation>반감기 (시간)</translation>
    </message>
    <message>
        <source>Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). Weights are each tier&apos;s share of new exposure; half-life 0 means no decay.</source>
        <translation>롱의 청산가: 진입가 x (1 - 1/레버리지 + 유지 증거금률). 가중치는 각 구간이 신규 포지션에서 차지하는 비중이며, 반감기 0은 감쇠 없음을 뜻합니다.</translation>
    </message>
    <message>
        <source>Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets).</source>
        <translation>히트맵 가격 구간을 가격 범위 대비 비율로 지정 (0.002 = 500구간).</translation>
    </message>
    <message>
        <source>Heatmap bucket</source>
        <translation>히트맵 구간</translation>
    </message>
    <message>
        <source>Zone evidence weights</source>
        <translation>구간 근거 가중치</translation>
    </message>
    <message>
        <source>Put and call walls</source>
        <translation>풋/콜 월</translation>
    </message>
    <message>
        <source>Estimated level clusters</source>
        <translation>추정 레벨 밀집</translation>
    </message>
    <message>
        <source>Realized liquidations</source>
        <translation>실제 청산</translation>
    </message>
    <message>
        <source>Range extremes</source>
        <translation>범위 극값</translation>
    </message>
    <message>
        <source>Volume nodes</source>
        <translation>거래량 노드</translation>
    </message>
</context>
<context>
    <name>cascade::PriceChartWidget</name>
    <message>
        <source>●  longs liquidated</source>
        <translation>●  롱 청산</translation>
    </message>
    <message>
        <source>●  shorts liquidated</source>
        <translation>●  숏 청산</translation>
    </message>
    <message>
        <source>HH:mm
MMM d</source>
        <extracomment>QLocale format of a time-axis label over a short span (time, line break, month day)</extracomment>
        <translation>HH:mm
M월 d일</translation>
    </message>
    <message>
        <source>MMM d
yyyy</source>
        <extracomment>QLocale format of a time-axis label over a long span (month day, line break, year)</extracomment>
        <translation>M월 d일
yyyy년</translation>
    </message>
</context>
<context>
    <name>cascade::RangeToolBar</name>
    <message>
        <source>Time range</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Show the last %1 of data</source>
        <translation>데이터의 최근 %1 표시</translation>
    </message>
    <message>
        <source>Show all the data</source>
        <translation>모든 데이터 표시</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24시간</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>90d</source>
        <translation>90일</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
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
        <translation>리플레이 시작</translation>
    </message>
    <message>
        <source>Replay the session bar by bar, showing only what was known (Ctrl+R)</source>
        <translation>세션을 봉 단위로 재생하며 당시 알려진 정보만 보여줍니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step back one bar (Left)</source>
        <translation>한 봉 뒤로 (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시정지 (Space)</translation>
    </message>
    <message>
        <source>Step forward one bar (Right)</source>
        <translation>한 봉 앞으로 (→)</translation>
    </message>
    <message>
        <source>Drag to move the replay clock</source>
        <translation>드래그해 리플레이 시각 이동</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>리플레이 속도</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n봉/초</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Bookmark the replay time with a note (Ctrl+B)</source>
        <translation>리플레이 시각을 메모와 함께 북마크 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Replay clock (UTC): the panels show what was known at this moment</source>
        <translation>리플레이 시각 (UTC): 패널은 이 시점에 알려진 정보를 보여줍니다</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>리플레이 중지</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>실시간 보기</translation>
    </message>
    <message>
        <source>Previous notable event (Ctrl+Left)</source>
        <translation>이전 주요 이벤트 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next notable event (Ctrl+Right)</source>
        <translation>다음 주요 이벤트 (Ctrl+→)</translation>
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
        <translation>리플레이</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>리플레이(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start or stop replay</source>
        <translation>리플레이 시작/중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>재생/일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>Previous notable &amp;event</source>
        <translation>이전 주요 이벤트(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Next notable event</source>
        <translation>다음 주요 이벤트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark this moment</source>
        <translation>이 시점 북마크(&amp;B)</translation>
    </message>
</context>
<context>
    <name>cascade::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>새 폴더(&amp;N)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <source>PDF &amp;page</source>
        <translation>PDF 페이지(&amp;P)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>1x (1920 × 1080)</source>
        <translation>1x (1920 × 1080)</translation>
    </message>
    <message>
        <source>2x for high-DPI screens and print (3840 × 2160)</source>
        <translation>2x 고해상도 화면·인쇄용 (3840 × 2160)</translation>
    </message>
    <message>
        <source>Image &amp;scale</source>
        <translation>이미지 배율(&amp;S)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Choose the folder to create for the report.</source>
        <translation>보고서용으로 만들 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new folder, so nothing is overwritten.</source>
        <translation>%1에 이미 파일이 있습니다. 덮어쓰지 않도록 새 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Folder to create the report in</source>
        <translation>보고서를 만들 폴더</translation>
    </message>
    <message>
        <source>A new folder with the dashboard and panel images, their CSVs, report.json and report.pdf: the files `cascade report` writes for the same range.</source>
        <translation>대시보드와 패널 이미지, 해당 CSV, report.json, report.pdf를 담은 새 폴더: 같은 기간에 대해 `cascade report`가 쓰는 파일과 같습니다.</translation>
    </message>
</context>
<context>
    <name>cascade::SessionModel</name>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>시뮬레이션</translation>
    </message>
</context>
<context>
    <name>cascade::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Exchange APIs</source>
        <translation>거래소 API</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 사용</translation>
    </message>
    <message>
        <source>For mirrors, regional endpoints or a local test server. Requests go to the URL followed by the exchange&apos;s usual path.</source>
        <translation>미러, 지역별 엔드포인트 또는 로컬 테스트 서버용입니다. 요청은 이 URL 뒤에 거래소의 기본 경로를 붙여 보냅니다.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>System proxy (http_proxy / https_proxy)</source>
        <translation>시스템 프록시 (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>프록시(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. http://host:3128 or socks5://host:1080. Exchanges that ban or block your region answer 418, 403 or 451.</source>
        <translation>예: http://host:3128 또는 socks5://host:1080. 해당 지역을 금지하거나 차단하는 거래소는 418, 403, 451로 응답합니다.</translation>
    </message>
    <message>
        <source>Needed for CoinGlass liquidation history</source>
        <translation>CoinGlass 청산 이력에 필요</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>CoinGlass &amp;API key:</source>
        <translation>CoinGlass API 키(&amp;A):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>%1 API: &apos;%2&apos; is not an http(s) URL such as %3.</source>
        <translation>%1 API: &apos;%2&apos;은(는) %3 같은 http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Proxy: &apos;%1&apos; is not a proxy URL such as http://host:3128 or socks5://host:1080.</source>
        <translation>프록시: &apos;%1&apos;은(는) http://host:3128 또는 socks5://host:1080 같은 프록시 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>CoinGlass API key: a key has no spaces; paste it again.</source>
        <translation>CoinGlass API 키: 키에는 공백이 없습니다. 다시 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Cascade starts.</source>
        <translation>새 언어는 Cascade를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>시스템 키체인에 저장됩니다.</translation>
    </message>
    <message>
        <source>No keychain service is running: kept in Cascade&apos;s settings file, readable only by you.</source>
        <translation>키체인 서비스가 실행 중이 아닙니다. Cascade 설정 파일에 저장되며 본인만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>store.sqlite in Cascade&apos;s data folder</source>
        <translation>Cascade 데이터 폴더의 store.sqlite</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>저장소(&amp;S):</translation>
    </message>
    <message>
        <source>A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. Takes effect the next time Cascade starts; --store and CASCADE_STORE override it.</source>
        <translation>SQLite 파일 또는 팀 저장소: postgresql://user@host:5432/db?sslmode=verify-full. 다음에 Cascade를 시작할 때 적용됩니다. --store와 CASCADE_STORE가 우선합니다.</translation>
    </message>
</context>
<context>
    <name>cascade::WorkspaceDocks</name>
    <message>
        <source>Liquidation heatmap</source>
        <translation>청산 히트맵</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>롱/숏 불균형</translation>
    </message>
    <message>
        <source>Zones and headline figures</source>
        <translation>구간과 주요 수치</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>모델 매개변수</translation>
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
        <translation>지</translation>
    </message>
    <message>
        <source>R</source>
        <translation>저</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesModel</name>
    <message>
        <source>put wall</source>
        <translation>풋 월</translation>
    </message>
    <message>
        <source>call wall</source>
        <translation>콜 월</translation>
    </message>
    <message>
        <source>long levels</source>
        <translation>롱 레벨</translation>
    </message>
    <message>
        <source>short levels</source>
        <translation>숏 레벨</translation>
    </message>
    <message>
        <source>realized liquidations</source>
        <translation>실제 청산</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>범위 저점</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>범위 고점</translation>
    </message>
    <message>
        <source>volume node</source>
        <translation>거래량 노드</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>지지</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>저항</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>From</source>
        <translation>하단</translation>
    </message>
    <message>
        <source>To</source>
        <translation>상단</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>From price</source>
        <translation>현재가 대비</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesPanel</name>
    <message>
        <source>Liquidated notional in the visible window, and how long and short compare</source>
        <translation>보이는 구간에서 청산된 명목 가치와 롱/숏 비교</translation>
    </message>
    <message>
        <source>Click to show the bar with the most liquidations</source>
        <translation>클릭하면 청산이 가장 많은 봉을 보여줍니다</translation>
    </message>
    <message>
        <source>Click to show the bar that made the high</source>
        <translation>클릭하면 고점을 만든 봉을 보여줍니다</translation>
    </message>
    <message>
        <source>Click to show the bar that made the low</source>
        <translation>클릭하면 저점을 만든 봉을 보여줍니다</translation>
    </message>
    <message>
        <source>The strike with the most put open interest below price, and its share of all puts</source>
        <translation>현재가 아래에서 풋 미결제약정이 가장 많은 행사가와 전체 풋 대비 비중</translation>
    </message>
    <message>
        <source>Click a zone to show it on the price chart.</source>
        <translation>구간을 클릭하면 가격 차트에 표시합니다.</translation>
    </message>
    <message>
        <source>Liquidated %1 · %2</source>
        <translation>청산 %1 · %2</translation>
    </message>
    <message>
        <source>Largest bar %1 at %2 UTC</source>
        <translation>최대 봉 %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>No liquidations in view</source>
        <translation>보이는 구간에 청산 없음</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>고점 %1</translation>
    </message>
    <message>
        <source>High -</source>
        <translation>고점 -</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>저점 %1</translation>
    </message>
    <message>
        <source>Low -</source>
        <translation>저점 -</translation>
    </message>
    <message>
        <source>Put wall %1 · %2% of put OI</source>
        <translation>풋 월 %1 · 풋 OI의 %2%</translation>
    </message>
    <message>
        <source>No options snapshot</source>
        <translation>옵션 스냅샷 없음</translation>
    </message>
</context>
</TS>
