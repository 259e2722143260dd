<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChartCrosshair</name>
    <message>
        <source>%1 UTC  ·  no data</source>
        <translation>%1 UTC  ·  sin datos</translation>
    </message>
    <message>
        <source>%1 UTC  ·  %2
O %3   H %4   L %5   C %6   %7%8%
Volume %9</source>
        <translation>%1 UTC  ·  %2
A %3   Máx %4   Mín %5   C %6   %7%8%
Volumen %9</translation>
    </message>
    <message>
        <source>
No liquidations in this bar</source>
        <translation>
Ninguna liquidación en esta vela</translation>
    </message>
    <message>
        <source>
Longs liquidated %1 (%2)   Shorts liquidated %3 (%4)</source>
        <translation>
Largos liquidados %1 (%2)   Cortos liquidados %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OptionsColumn</name>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date format of a day and abbreviated month, e.g. &quot;10 Oct&quot;; reorder for your language</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Options OI
no snapshot yet</source>
        <translation>OI de opciones
aún sin instantánea</translation>
    </message>
    <message>
        <source>Options OI</source>
        <translation>OI de opciones</translation>
    </message>
    <message>
        <source>P/C</source>
        <translation>P/C</translation>
    </message>
    <message>
        <source>Put wall %1</source>
        <translation>Muro de puts %1</translation>
    </message>
    <message>
        <source>Call wall %1</source>
        <translation>Muro de calls %1</translation>
    </message>
    <message>
        <source>Max pain %1 (%2 expiry)</source>
        <translation>Máximo dolor %1 (vencimiento %2)</translation>
    </message>
</context>
<context>
    <name>cascade::AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Creating the simulated demo session…</source>
        <translation>Creando la sesión de demostración simulada…</translation>
    </message>
    <message>
        <source>The store %1 holds no candles. Fetch or import data first.</source>
        <translation>El almacén %1 no contiene velas. Descargue o importe datos primero.</translation>
    </message>
    <message>
        <source>Loading %1 %2…</source>
        <translation>Cargando %1 %2…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>%n vela cargada</numerusform>
            <numerusform>%n velas cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::BookmarkModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cascade::BookmarksPanel</name>
    <message>
        <source>Double-click a bookmark to replay from there; click a selected note to edit it</source>
        <translation>Haga doble clic en un marcador para reproducir desde ahí; haga clic en una nota seleccionada para editarla</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Quitar marcador</translation>
    </message>
</context>
<context>
    <name>cascade::CandleTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Taker buy volume</source>
        <translation>Volumen de compra taker</translation>
    </message>
</context>
<context>
    <name>cascade::CoverageGaps</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>cascade::CrosshairLink</name>
    <message>
        <source>%1 UTC · longs %2 · shorts %3</source>
        <translation>%1 UTC · largos %2 · cortos %3</translation>
    </message>
    <message>
        <source>%1 UTC · no liquidations</source>
        <translation>%1 UTC · sin liquidaciones</translation>
    </message>
    <message>
        <source>%1 UTC · longs %2 · shorts %3 · %4% long</source>
        <translation>%1 UTC · largos %2 · cortos %3 · %4 % largo</translation>
    </message>
</context>
<context>
    <name>cascade::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
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
        <translation>Exportar CSV de %1 (rango visible)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>A report is already being written to %1</source>
        <translation>Ya se está escribiendo un informe en %1</translation>
    </message>
    <message>
        <source>Reading the visible range for the report…</source>
        <translation>Leyendo el rango visible para el informe…</translation>
    </message>
    <message>
        <source>No candles of %1 in the visible range %2: nothing to report</source>
        <translation>No hay velas de %1 en el rango visible %2: nada que informar</translation>
    </message>
    <message>
        <source>Drawing the report into %1…</source>
        <translation>Dibujando el informe en %1…</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Informe no escrito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Informe escrito en %1 (%n archivo)</numerusform>
            <numerusform>Informe escrito en %1 (%n archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Copied the dashboard (%1 × %2 pixels) to the clipboard</source>
        <translation>Panel copiado al portapapeles (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message>
        <source>CoinGlass needs an API key: enter it under Edit › Settings….</source>
        <translation>CoinGlass necesita una clave de API: introdúzcala en Editar › Ajustes….</translation>
    </message>
    <message>
        <source>Unknown exchange &apos;%1&apos;.</source>
        <translation>Exchange desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Fetching %1 %2…</source>
        <translation>Descargando %1 %2…</translation>
    </message>
    <message>
        <source>Fetch of %1 %2 cancelled; the pages fetched before stay stored.</source>
        <translation>Descarga de %1 %2 cancelada; las páginas ya descargadas siguen guardadas.</translation>
    </message>
    <message>
        <source>Fetch from %1 failed: %2</source>
        <translation>Falló la descarga de %1: %2</translation>
    </message>
    <message>
        <source>Fetched %1 %2: %3, %4</source>
        <extracomment>%3 is &quot;N request(s)&quot;, %4 is &quot;N row(s)&quot;</extracomment>
        <translation>Descargado %1 %2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchDialog</name>
    <message>
        <source>Fetch market data</source>
        <translation>Descargar datos de mercado</translation>
    </message>
    <message>
        <source>Exchange-neutral (BTCUSDT) or the exchange&apos;s own name (BTC-USDT-SWAP, BTC-PERPETUAL).</source>
        <translation>Neutral (BTCUSDT) o el nombre propio del exchange (BTC-USDT-SWAP, BTC-PERPETUAL).</translation>
    </message>
    <message>
        <source>Candle length. Open interest and ratios use the nearest period the exchange offers.</source>
        <translation>Duración de la vela. El interés abierto y los ratios usan el periodo más cercano que ofrezca el exchange.</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>&amp;Exchange:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Símbolo:</translation>
    </message>
    <message>
        <source>Range (UTC):</source>
        <translation>Rango (UTC):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Últimos</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Velas</translation>
    </message>
    <message>
        <source>&amp;Open interest</source>
        <translation>&amp;Interés abierto</translation>
    </message>
    <message>
        <source>Long/short &amp;ratios</source>
        <translation>&amp;Ratios largo/corto</translation>
    </message>
    <message>
        <source>&amp;Liquidations</source>
        <translation>&amp;Liquidaciones</translation>
    </message>
    <message>
        <source>O&amp;ptions (snapshot now)</source>
        <translation>O&amp;pciones (instantánea actual)</translation>
    </message>
    <message>
        <source>Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered.</source>
        <translation>Ratios de cuentas largo/corto, ratios de los principales traders y volumen taker de compra/venta, según disponibilidad.</translation>
    </message>
    <message>
        <source>No free API serves options history: each fetch stores the chain as it is now.</source>
        <translation>Ninguna API gratuita ofrece historial de opciones: cada descarga guarda la cadena tal como está ahora.</translation>
    </message>
    <message>
        <source>%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.</source>
        <translation>%1 no ofrece un historial de liquidaciones que se pueda descargar: `cascade record` las captura en directo.</translation>
    </message>
    <message>
        <source>Options are a chain snapshot taken now; the range does not apply to them.</source>
        <translation>Las opciones son una instantánea de la cadena tomada ahora; el rango no se aplica a ellas.</translation>
    </message>
    <message>
        <source>No exchange to fetch from.</source>
        <translation>No hay ningún exchange del que descargar.</translation>
    </message>
    <message>
        <source>Enter a symbol, e.g. BTCUSDT.</source>
        <translation>Introduzca un símbolo, p. ej. BTCUSDT.</translation>
    </message>
    <message>
        <source>Symbol &apos;%1&apos;: exchanges use letters, digits and - _ . / : only.</source>
        <translation>Símbolo &apos;%1&apos;: los exchanges solo usan letras, dígitos y - _ . / :.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that %1 serves.</source>
        <translation>Marque al menos un tipo de dato que ofrezca %1.</translation>
    </message>
    <message>
        <source>From %1 UTC is in the future (now is %2 UTC).</source>
        <translation>El inicio %1 UTC está en el futuro (ahora son las %2 UTC).</translation>
    </message>
    <message>
        <source>From %1 UTC must be before To %2 UTC.</source>
        <translation>El inicio %1 UTC debe ser anterior al fin %2 UTC.</translation>
    </message>
    <message>
        <source>%1 serves no candles</source>
        <translation>%1 no ofrece velas</translation>
    </message>
    <message>
        <source>%1 serves no open interest history</source>
        <translation>%1 no ofrece historial de interés abierto</translation>
    </message>
    <message>
        <source>%1 serves no long/short ratios</source>
        <translation>%1 no ofrece ratios largo/corto</translation>
    </message>
    <message>
        <source>%1 serves no liquidation history without a key; `cascade record` captures them live</source>
        <translation>%1 no ofrece historial de liquidaciones sin clave; `cascade record` las captura en directo</translation>
    </message>
    <message>
        <source>%1 serves no options open interest</source>
        <translation>%1 no ofrece interés abierto de opciones</translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them.</source>
        <translation>Detener la descarga. Las páginas ya descargadas siguen guardadas; la próxima descarga continúa a partir de ellas.</translation>
    </message>
    <message>
        <source>%1: planning…</source>
        <translation>%1: planificando…</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: cancelando…</translation>
    </message>
    <message>
        <source>%1 / %2 requests · %3</source>
        <extracomment>%1 requests done of %2 planned; %3 is &quot;N row(s)&quot;</extracomment>
        <translation>%1 / %2 solicitudes · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
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
        <translation>Liquidaciones realizadas</translation>
    </message>
    <message>
        <source>Estimated levels (open)</source>
        <translation>Niveles estimados (abiertos)</translation>
    </message>
    <message>
        <source>Colour: relative to window</source>
        <translation>Color: relativo a la ventana</translation>
    </message>
    <message>
        <source>Colour: absolute USD</source>
        <translation>Color: USD absolutos</translation>
    </message>
    <message>
        <source>Colour: logarithmic</source>
        <translation>Color: logarítmico</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Estimated open liquidation levels (model, not observed)</source>
        <translation>Niveles de liquidación abiertos estimados (modelo, no observados)</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>d MMM
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>Panel completo</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>Gráfico de precios</translation>
    </message>
    <message>
        <source>Liquidation heatmap</source>
        <translation>Mapa de calor de liquidaciones</translation>
    </message>
    <message>
        <source>Liquidation map (beside the candles)</source>
        <translation>Mapa de liquidaciones (junto a las velas)</translation>
    </message>
    <message>
        <source>Options open interest (beside the candles)</source>
        <translation>Interés abierto de opciones (junto a las velas)</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>Desequilibrio largo/corto</translation>
    </message>
    <message>
        <source>Zones and summary</source>
        <translation>Zonas y resumen</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (high-DPI screens, print)</source>
        <translation>2x (pantallas de alta densidad, impresión)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>The image shows the time range now on screen, with a footer line naming the series, the range and the Cascade version.</source>
        <translation>La imagen muestra el rango de tiempo visible en pantalla, con una línea al pie que indica la serie, el rango y la versión de Cascade.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose the PNG file to write.</source>
        <translation>Elija el archivo PNG que se escribirá.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png.</source>
        <translation>%1: el nombre del archivo debe terminar en .png.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>El PNG tendrá %1 × %2 píxeles.</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalanceModel</name>
    <message>
        <source>no liquidations</source>
        <translation>sin liquidaciones</translation>
    </message>
    <message>
        <source>all long</source>
        <translation>todo largo</translation>
    </message>
    <message>
        <source>all short</source>
        <translation>todo corto</translation>
    </message>
    <message>
        <source>%1% long · imbalance %2%</source>
        <translation>%1 % largo · desequilibrio %2 %</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>Largos liquidados (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>Cortos liquidados (USD)</translation>
    </message>
    <message>
        <source>Long share (%)</source>
        <translation>Proporción larga (%)</translation>
    </message>
    <message>
        <source>Imbalance (%)</source>
        <translation>Desequilibrio (%)</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Cuentas largo/corto</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker compra/venta</translation>
    </message>
    <message>
        <source>Open interest (USD)</source>
        <translation>Interés abierto (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalancePanel</name>
    <message>
        <source>longs ▼  ▲ shorts</source>
        <translation>largos ▼  ▲ cortos</translation>
    </message>
    <message>
        <source>OI (USD)</source>
        <translation>OI (USD)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Cuentas largo/corto</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker compra/venta</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Interés abierto</translation>
    </message>
    <message>
        <source>Visible window: longs %1 · shorts %2 · %3</source>
        <translation>Ventana visible: largos %1 · cortos %2 · %3</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>d MMM
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImportController</name>
    <message>
        <source>Import market data</source>
        <translation>Importar datos de mercado</translation>
    </message>
    <message>
        <source>Archives and CSV files (*.zip *.csv);;All files (*)</source>
        <translation>Archivos comprimidos y CSV (*.zip *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importando %n archivo…</numerusform>
            <numerusform>Importando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3…</source>
        <translation>Importando %1 de %2: %3…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>%n archivo importado: %1</numerusform>
            <numerusform>%n archivos importados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>Importación: %1 de %n archivo falló y no importó nada:
%2</numerusform>
            <numerusform>Importación: %1 de %n archivos fallaron y no importaron nada:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationBarModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>Largos liquidados (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>Cortos liquidados (USD)</translation>
    </message>
    <message>
        <source>Long events</source>
        <translation>Eventos largos</translation>
    </message>
    <message>
        <source>Short events</source>
        <translation>Eventos cortos</translation>
    </message>
    <message>
        <source>Largest (USD)</source>
        <translation>Mayor (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapColumn</name>
    <message>
        <source>Est. levels</source>
        <translation>Niveles est.</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pico</translation>
    </message>
    <message>
        <source>no bars yet</source>
        <translation>aún sin barras</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapModel</name>
    <message>
        <source>Price from</source>
        <translation>Precio desde</translation>
    </message>
    <message>
        <source>Price to</source>
        <translation>Precio hasta</translation>
    </message>
    <message>
        <source>Long levels (USD)</source>
        <translation>Niveles largos (USD)</translation>
    </message>
    <message>
        <source>Short levels (USD)</source>
        <translation>Niveles cortos (USD)</translation>
    </message>
    <message>
        <source>Cumulative long (USD)</source>
        <translation>Largo acumulado (USD)</translation>
    </message>
    <message>
        <source>Cumulative short (USD)</source>
        <translation>Corto acumulado (USD)</translation>
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
        <translation>SIMULADO</translation>
    </message>
    <message>
        <source>This session is generated by Cascade&apos;s simulator, not recorded from an exchange.</source>
        <translation>Esta sesión la genera el simulador de Cascade; no se registró en un exchange.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Liquidations by bar</source>
        <translation>Liquidaciones por vela</translation>
    </message>
    <message>
        <source>Double-click a row to show that bar on the chart.</source>
        <translation>Haga doble clic en una fila para mostrar esa vela en el gráfico.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Fetch data…</source>
        <translation>&amp;Descargar datos…</translation>
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
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer vista</translation>
    </message>
    <message>
        <source>&amp;Previous bar</source>
        <translation>Vela an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next bar</source>
        <translation>Vela &amp;siguiente</translation>
    </message>
    <message>
        <source>Estimated &amp;levels and options columns</source>
        <translation>&amp;Niveles estimados y columnas de opciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Cascade</source>
        <translation>A&amp;cerca de Cascade</translation>
    </message>
    <message>
        <source>About Cascade</source>
        <translation>Acerca de Cascade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Market structure for crypto derivatives: liquidations, options open interest and price on one axis.&lt;/p&gt;&lt;p&gt;Times are UTC.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Estructura de mercado para derivados cripto: liquidaciones, interés abierto de opciones y precio en un mismo eje.&lt;/p&gt;&lt;p&gt;Las horas están en UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Todos los exchanges</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>No hay datos cargados</translation>
    </message>
    <message>
        <source>%1  ·  %2 to %3 UTC</source>
        <translation>%1  ·  %2 a %3 UTC</translation>
    </message>
    <message>
        <source>%1 — Cascade</source>
        <translation>%1 — Cascade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export i&amp;mage…</source>
        <translation>Exportar i&amp;magen…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of the visible range</source>
        <translation>Exportar &amp;CSV del rango visible</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Velas</translation>
    </message>
    <message>
        <source>Liquidations per &amp;bar (long/short, imbalance)</source>
        <translation>Liquidaciones por &amp;vela (largo/corto, desequilibrio)</translation>
    </message>
    <message>
        <source>Liquidation &amp;events</source>
        <translation>&amp;Eventos de liquidación</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Mapa de calor</translation>
    </message>
    <message>
        <source>Liquidation &amp;map at the last visible bar</source>
        <translation>&amp;Mapa de liquidaciones en la última vela visible</translation>
    </message>
    <message>
        <source>Estimated &amp;levels swept</source>
        <translation>&amp;Niveles estimados barridos</translation>
    </message>
    <message>
        <source>&amp;Options open interest by strike</source>
        <translation>Interés abierto de &amp;opciones por strike</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>&amp;Zonas</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Copiar imagen</translation>
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
        <translation>Strike</translation>
    </message>
    <message>
        <source>Put OI (contracts)</source>
        <translation>OI de puts (contratos)</translation>
    </message>
    <message>
        <source>Call OI (contracts)</source>
        <translation>OI de calls (contratos)</translation>
    </message>
    <message>
        <source>Put OI (USD)</source>
        <translation>OI de puts (USD)</translation>
    </message>
    <message>
        <source>Call OI (USD)</source>
        <translation>OI de calls (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ParametersPanel</name>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Estimated liquidation levels</source>
        <translation>Niveles de liquidación estimados</translation>
    </message>
    <message>
        <source>Open interest increase</source>
        <translation>Aumento del interés abierto</translation>
    </message>
    <message>
        <source>Share of traded volume</source>
        <translation>Proporción del volumen negociado</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker compra/venta</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Cuentas largo/corto</translation>
    </message>
    <message>
        <source>50/50</source>
        <translation>50/50</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>OHLC average</source>
        <translation>Promedio OHLC</translation>
    </message>
    <message>
        <source>Low for longs, high for shorts</source>
        <translation>Mínimo para largos, máximo para cortos</translation>
    </message>
    <message>
        <source>Scale open levels to open interest (USD)</source>
        <translation>Escalar niveles abiertos al interés abierto (USD)</translation>
    </message>
    <message>
        <source>New exposure</source>
        <translation>Nueva exposición</translation>
    </message>
    <message>
        <source>Long/short split</source>
        <translation>Reparto largo/corto</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Precio de entrada</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>Margen mant.</translation>
    </message>
    <message>
        <source>Half-life (h)</source>
        <translation>Vida media (h)</translation>
    </message>
    <message>
        <source>Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). Weights are each tier&apos;s share of new exposure; half-life 0 means no decay.</source>
        <translation>Precio de liquidación de un largo: entrada x (1 - 1/apalancamiento + margen de mantenimiento). Los pesos son la proporción de nueva exposición de cada tramo; vida media 0 significa sin decaimiento.</translation>
    </message>
    <message>
        <source>Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets).</source>
        <translation>Intervalo de precio del mapa de calor como fracción del rango de precios (0,002 = 500 intervalos).</translation>
    </message>
    <message>
        <source>Heatmap bucket</source>
        <translation>Intervalo del mapa de calor</translation>
    </message>
    <message>
        <source>Zone evidence weights</source>
        <translation>Pesos de la evidencia de zonas</translation>
    </message>
    <message>
        <source>Put and call walls</source>
        <translation>Muros de puts y calls</translation>
    </message>
    <message>
        <source>Estimated level clusters</source>
        <translation>Grupos de niveles estimados</translation>
    </message>
    <message>
        <source>Realized liquidations</source>
        <translation>Liquidaciones realizadas</translation>
    </message>
    <message>
        <source>Range extremes</source>
        <translation>Extremos del rango</translation>
    </message>
    <message>
        <source>Volume nodes</source>
        <translation>Nodos de volumen</translation>
    </message>
</context>
<context>
    <name>cascade::PriceChartWidget</name>
    <message>
        <source>●  longs liquidated</source>
        <translation>●  largos liquidados</translation>
    </message>
    <message>
        <source>●  shorts liquidated</source>
        <translation>●  cortos liquidados</translation>
    </message>
    <message>
        <source>HH:mm
MMM d</source>
        <extracomment>QLocale format of a time-axis label over a short span (time, line break, month day)</extracomment>
        <translation>HH:mm
d MMM</translation>
    </message>
    <message>
        <source>MMM d
yyyy</source>
        <extracomment>QLocale format of a time-axis label over a long span (month day, line break, year)</extracomment>
        <translation>d MMM
yyyy</translation>
    </message>
</context>
<context>
    <name>cascade::RangeToolBar</name>
    <message>
        <source>Time range</source>
        <translation>Rango de tiempo</translation>
    </message>
    <message>
        <source>Show the last %1 of data</source>
        <translation>Mostrar los últimos %1 de datos</translation>
    </message>
    <message>
        <source>Show all the data</source>
        <translation>Mostrar todos los datos</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>90d</source>
        <translation>90 d</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
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
        <translation>Iniciar repetición</translation>
    </message>
    <message>
        <source>Replay the session bar by bar, showing only what was known (Ctrl+R)</source>
        <translation>Repetir la sesión vela a vela, mostrando solo lo que se sabía (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step back one bar (Left)</source>
        <translation>Retroceder una vela (Izquierda)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Step forward one bar (Right)</source>
        <translation>Avanzar una vela (Derecha)</translation>
    </message>
    <message>
        <source>Drag to move the replay clock</source>
        <translation>Arrastre para mover el reloj de la repetición</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Velocidad de repetición</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n vela/s</numerusform>
            <numerusform>%n velas/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Bookmark the replay time with a note (Ctrl+B)</source>
        <translation>Marcar el momento de la repetición con una nota (Ctrl+B)</translation>
    </message>
    <message>
        <source>Replay clock (UTC): the panels show what was known at this moment</source>
        <translation>Reloj de la repetición (UTC): los paneles muestran lo que se sabía en este momento</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Detener repetición</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Vista en directo</translation>
    </message>
    <message>
        <source>Previous notable event (Ctrl+Left)</source>
        <translation>Evento destacado anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Next notable event (Ctrl+Right)</source>
        <translation>Siguiente evento destacado (Ctrl+Derecha)</translation>
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
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <source>&amp;Start or stop replay</source>
        <translation>&amp;Iniciar o detener la repetición</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>&amp;Reproducir o pausar</translation>
    </message>
    <message>
        <source>Previous notable &amp;event</source>
        <translation>&amp;Evento destacado anterior</translation>
    </message>
    <message>
        <source>&amp;Next notable event</source>
        <translation>Evento destacado &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Bookmark this moment</source>
        <translation>&amp;Marcar este momento</translation>
    </message>
</context>
<context>
    <name>cascade::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Nueva carpeta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>PDF &amp;page</source>
        <translation>&amp;Página PDF</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>1x (1920 × 1080)</source>
        <translation>1x (1920 × 1080)</translation>
    </message>
    <message>
        <source>2x for high-DPI screens and print (3840 × 2160)</source>
        <translation>2x para pantallas de alta densidad e impresión (3840 × 2160)</translation>
    </message>
    <message>
        <source>Image &amp;scale</source>
        <translation>&amp;Escala de imagen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose the folder to create for the report.</source>
        <translation>Elija la carpeta que se creará para el informe.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new folder, so nothing is overwritten.</source>
        <translation>%1 ya contiene archivos: elija una carpeta nueva para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>Folder to create the report in</source>
        <translation>Carpeta donde se creará el informe</translation>
    </message>
    <message>
        <source>A new folder with the dashboard and panel images, their CSVs, report.json and report.pdf: the files `cascade report` writes for the same range.</source>
        <translation>Una carpeta nueva con las imágenes del panel y de cada vista, sus CSV, report.json y report.pdf: los mismos archivos que `cascade report` escribe para el mismo rango.</translation>
    </message>
</context>
<context>
    <name>cascade::SessionModel</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulado</translation>
    </message>
</context>
<context>
    <name>cascade::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Exchange APIs</source>
        <translation>API de exchanges</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>For mirrors, regional endpoints or a local test server. Requests go to the URL followed by the exchange&apos;s usual path.</source>
        <translation>Para réplicas, endpoints regionales o un servidor de pruebas local. Las solicitudes van a la URL seguida de la ruta habitual del exchange.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>System proxy (http_proxy / https_proxy)</source>
        <translation>Proxy del sistema (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>e.g. http://host:3128 or socks5://host:1080. Exchanges that ban or block your region answer 418, 403 or 451.</source>
        <translation>p. ej. http://host:3128 o socks5://host:1080. Los exchanges que vetan o bloquean su región responden 418, 403 o 451.</translation>
    </message>
    <message>
        <source>Needed for CoinGlass liquidation history</source>
        <translation>Necesaria para el historial de liquidaciones de CoinGlass</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>CoinGlass &amp;API key:</source>
        <translation>Clave de &amp;API de CoinGlass:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>%1 API: &apos;%2&apos; is not an http(s) URL such as %3.</source>
        <translation>API de %1: &apos;%2&apos; no es una URL http(s) como %3.</translation>
    </message>
    <message>
        <source>Proxy: &apos;%1&apos; is not a proxy URL such as http://host:3128 or socks5://host:1080.</source>
        <translation>Proxy: &apos;%1&apos; no es una URL de proxy como http://host:3128 o socks5://host:1080.</translation>
    </message>
    <message>
        <source>CoinGlass API key: a key has no spaces; paste it again.</source>
        <translation>Clave de API de CoinGlass: una clave no tiene espacios; péguela de nuevo.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Cascade starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Cascade.</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain service is running: kept in Cascade&apos;s settings file, readable only by you.</source>
        <translation>No hay ningún servicio de llavero en ejecución: se guarda en el archivo de ajustes de Cascade, legible solo por usted.</translation>
    </message>
    <message>
        <source>store.sqlite in Cascade&apos;s data folder</source>
        <translation>store.sqlite en la carpeta de datos de Cascade</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. Takes effect the next time Cascade starts; --store and CASCADE_STORE override it.</source>
        <translation>Un archivo SQLite o un almacén de equipo: postgresql://user@host:5432/db?sslmode=verify-full. Se aplica la próxima vez que se inicie Cascade; --store y CASCADE_STORE tienen prioridad.</translation>
    </message>
</context>
<context>
    <name>cascade::WorkspaceDocks</name>
    <message>
        <source>Liquidation heatmap</source>
        <translation>Mapa de calor de liquidaciones</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>Desequilibrio largo/corto</translation>
    </message>
    <message>
        <source>Zones and headline figures</source>
        <translation>Zonas y cifras clave</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Parámetros del modelo</translation>
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
        <translation>muro de puts</translation>
    </message>
    <message>
        <source>call wall</source>
        <translation>muro de calls</translation>
    </message>
    <message>
        <source>long levels</source>
        <translation>niveles largos</translation>
    </message>
    <message>
        <source>short levels</source>
        <translation>niveles cortos</translation>
    </message>
    <message>
        <source>realized liquidations</source>
        <translation>liquidaciones realizadas</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>mínimo del rango</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>máximo del rango</translation>
    </message>
    <message>
        <source>volume node</source>
        <translation>nodo de volumen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>From price</source>
        <translation>Distancia al precio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesPanel</name>
    <message>
        <source>Liquidated notional in the visible window, and how long and short compare</source>
        <translation>Nocional liquidado en la ventana visible y cómo se comparan largos y cortos</translation>
    </message>
    <message>
        <source>Click to show the bar with the most liquidations</source>
        <translation>Haga clic para mostrar la vela con más liquidaciones</translation>
    </message>
    <message>
        <source>Click to show the bar that made the high</source>
        <translation>Haga clic para mostrar la vela que marcó el máximo</translation>
    </message>
    <message>
        <source>Click to show the bar that made the low</source>
        <translation>Haga clic para mostrar la vela que marcó el mínimo</translation>
    </message>
    <message>
        <source>The strike with the most put open interest below price, and its share of all puts</source>
        <translation>El strike con más interés abierto de puts por debajo del precio y su proporción sobre todos los puts</translation>
    </message>
    <message>
        <source>Click a zone to show it on the price chart.</source>
        <translation>Haga clic en una zona para mostrarla en el gráfico de precios.</translation>
    </message>
    <message>
        <source>Liquidated %1 · %2</source>
        <translation>Liquidado %1 · %2</translation>
    </message>
    <message>
        <source>Largest bar %1 at %2 UTC</source>
        <translation>Vela mayor %1 a las %2 UTC</translation>
    </message>
    <message>
        <source>No liquidations in view</source>
        <translation>Ninguna liquidación a la vista</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>Máximo %1</translation>
    </message>
    <message>
        <source>High -</source>
        <translation>Máximo -</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>Mínimo %1</translation>
    </message>
    <message>
        <source>Low -</source>
        <translation>Mínimo -</translation>
    </message>
    <message>
        <source>Put wall %1 · %2% of put OI</source>
        <translation>Muro de puts %1 · %2 % del OI de puts</translation>
    </message>
    <message>
        <source>No options snapshot</source>
        <translation>Sin instantánea de opciones</translation>
    </message>
</context>
</TS>
