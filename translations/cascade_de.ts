<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartCrosshair</name>
    <message>
        <source>%1 UTC  ·  no data</source>
        <translation>%1 UTC  ·  keine Daten</translation>
    </message>
    <message>
        <source>%1 UTC  ·  %2
O %3   H %4   L %5   C %6   %7%8%
Volume %9</source>
        <translation>%1 UTC  ·  %2
O %3   H %4   T %5   S %6   %7%8%
Volumen %9</translation>
    </message>
    <message>
        <source>
No liquidations in this bar</source>
        <translation>
Keine Liquidationen in dieser Kerze</translation>
    </message>
    <message>
        <source>
Longs liquidated %1 (%2)   Shorts liquidated %3 (%4)</source>
        <translation>
Longs liquidiert %1 (%2)   Shorts liquidiert %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OptionsColumn</name>
    <message>
        <source>d MMM</source>
        <extracomment>QLocale date format of a day and abbreviated month, e.g. &quot;10 Oct&quot;; reorder for your language</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Options OI
no snapshot yet</source>
        <translation>Options-OI
noch kein Snapshot</translation>
    </message>
    <message>
        <source>Options OI</source>
        <translation>Options-OI</translation>
    </message>
    <message>
        <source>P/C</source>
        <translation>P/C</translation>
    </message>
    <message>
        <source>Put wall %1</source>
        <translation>Put-Wall %1</translation>
    </message>
    <message>
        <source>Call wall %1</source>
        <translation>Call-Wall %1</translation>
    </message>
    <message>
        <source>Max pain %1 (%2 expiry)</source>
        <translation>Max Pain %1 (Verfall %2)</translation>
    </message>
</context>
<context>
    <name>cascade::AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Creating the simulated demo session…</source>
        <translation>Simulierte Demo-Sitzung wird erstellt…</translation>
    </message>
    <message>
        <source>The store %1 holds no candles. Fetch or import data first.</source>
        <translation>Der Datenspeicher %1 enthält keine Kerzen. Rufen Sie zuerst Daten ab oder importieren Sie sie.</translation>
    </message>
    <message>
        <source>Loading %1 %2…</source>
        <translation>%1 %2 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>%n Kerze geladen</numerusform>
            <numerusform>%n Kerzen geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::BookmarkModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>cascade::BookmarksPanel</name>
    <message>
        <source>Double-click a bookmark to replay from there; click a selected note to edit it</source>
        <translation>Doppelklick auf ein Lesezeichen startet den Replay ab dort; Klick auf eine ausgewählte Notiz bearbeitet sie</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
</context>
<context>
    <name>cascade::CandleTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Taker buy volume</source>
        <translation>Taker-Kaufvolumen</translation>
    </message>
</context>
<context>
    <name>cascade::CoverageGaps</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>cascade::CrosshairLink</name>
    <message>
        <source>%1 UTC · longs %2 · shorts %3</source>
        <translation>%1 UTC · Longs %2 · Shorts %3</translation>
    </message>
    <message>
        <source>%1 UTC · no liquidations</source>
        <translation>%1 UTC · keine Liquidationen</translation>
    </message>
    <message>
        <source>%1 UTC · longs %2 · shorts %3 · %4% long</source>
        <translation>%1 UTC · Longs %2 · Shorts %3 · %4 % Long</translation>
    </message>
</context>
<context>
    <name>cascade::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
        <translation>%1 als CSV exportieren (sichtbarer Bereich)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>A report is already being written to %1</source>
        <translation>Ein Bericht wird bereits nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Reading the visible range for the report…</source>
        <translation>Sichtbarer Bereich wird für den Bericht gelesen…</translation>
    </message>
    <message>
        <source>No candles of %1 in the visible range %2: nothing to report</source>
        <translation>Keine Kerzen von %1 im sichtbaren Bereich %2: nichts zu berichten</translation>
    </message>
    <message>
        <source>Drawing the report into %1…</source>
        <translation>Bericht wird in %1 gezeichnet…</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Bericht nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Bericht nach %1 geschrieben (%n Datei)</numerusform>
            <numerusform>Bericht nach %1 geschrieben (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Copied the dashboard (%1 × %2 pixels) to the clipboard</source>
        <translation>Dashboard (%1 × %2 Pixel) in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message>
        <source>CoinGlass needs an API key: enter it under Edit › Settings….</source>
        <translation>CoinGlass braucht einen API-Schlüssel: Geben Sie ihn unter Bearbeiten › Einstellungen… ein.</translation>
    </message>
    <message>
        <source>Unknown exchange &apos;%1&apos;.</source>
        <translation>Unbekannte Börse &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Fetching %1 %2…</source>
        <translation>%1 %2 wird abgerufen…</translation>
    </message>
    <message>
        <source>Fetch of %1 %2 cancelled; the pages fetched before stay stored.</source>
        <translation>Abruf von %1 %2 abgebrochen; die bereits abgerufenen Seiten bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Fetch from %1 failed: %2</source>
        <translation>Abruf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Fetched %1 %2: %3, %4</source>
        <extracomment>%3 is &quot;N request(s)&quot;, %4 is &quot;N row(s)&quot;</extracomment>
        <translation>%1 %2 abgerufen: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchDialog</name>
    <message>
        <source>Fetch market data</source>
        <translation>Marktdaten abrufen</translation>
    </message>
    <message>
        <source>Exchange-neutral (BTCUSDT) or the exchange&apos;s own name (BTC-USDT-SWAP, BTC-PERPETUAL).</source>
        <translation>Börsenneutral (BTCUSDT) oder der eigene Name der Börse (BTC-USDT-SWAP, BTC-PERPETUAL).</translation>
    </message>
    <message>
        <source>Candle length. Open interest and ratios use the nearest period the exchange offers.</source>
        <translation>Kerzenlänge. Open Interest und Verhältnisse nutzen den nächstliegenden Zeitraum, den die Börse anbietet.</translation>
    </message>
    <message>
        <source>&amp;Exchange:</source>
        <translation>&amp;Börse:</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>Range (UTC):</source>
        <translation>Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Kerzen</translation>
    </message>
    <message>
        <source>&amp;Open interest</source>
        <translation>&amp;Open Interest</translation>
    </message>
    <message>
        <source>Long/short &amp;ratios</source>
        <translation>Long/Short-&amp;Verhältnisse</translation>
    </message>
    <message>
        <source>&amp;Liquidations</source>
        <translation>&amp;Liquidationen</translation>
    </message>
    <message>
        <source>O&amp;ptions (snapshot now)</source>
        <translation>O&amp;ptionen (Snapshot jetzt)</translation>
    </message>
    <message>
        <source>Long/short account ratios, top-trader ratios and taker buy/sell volume, as offered.</source>
        <translation>Long/Short-Kontenverhältnisse, Top-Trader-Verhältnisse und Taker-Kauf-/Verkaufsvolumen, soweit angeboten.</translation>
    </message>
    <message>
        <source>No free API serves options history: each fetch stores the chain as it is now.</source>
        <translation>Keine kostenlose API liefert Options-Historie: Jeder Abruf speichert die Optionskette im aktuellen Zustand.</translation>
    </message>
    <message>
        <source>%1 keeps no liquidation history anyone can fetch: `cascade record` captures them live.</source>
        <translation>%1 bietet keine frei abrufbare Liquidations-Historie: `cascade record` zeichnet sie live auf.</translation>
    </message>
    <message>
        <source>Options are a chain snapshot taken now; the range does not apply to them.</source>
        <translation>Optionen sind ein jetzt erstellter Snapshot der Kette; der Zeitraum gilt für sie nicht.</translation>
    </message>
    <message>
        <source>No exchange to fetch from.</source>
        <translation>Keine Börse zum Abrufen.</translation>
    </message>
    <message>
        <source>Enter a symbol, e.g. BTCUSDT.</source>
        <translation>Geben Sie ein Symbol ein, z. B. BTCUSDT.</translation>
    </message>
    <message>
        <source>Symbol &apos;%1&apos;: exchanges use letters, digits and - _ . / : only.</source>
        <translation>Symbol &apos;%1&apos;: Börsen verwenden nur Buchstaben, Ziffern und - _ . / :.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data that %1 serves.</source>
        <translation>Wählen Sie mindestens eine Datenart, die %1 anbietet.</translation>
    </message>
    <message>
        <source>From %1 UTC is in the future (now is %2 UTC).</source>
        <translation>Beginn %1 UTC liegt in der Zukunft (jetzt ist %2 UTC).</translation>
    </message>
    <message>
        <source>From %1 UTC must be before To %2 UTC.</source>
        <translation>Beginn %1 UTC muss vor Ende %2 UTC liegen.</translation>
    </message>
    <message>
        <source>%1 serves no candles</source>
        <translation>%1 bietet keine Kerzen</translation>
    </message>
    <message>
        <source>%1 serves no open interest history</source>
        <translation>%1 bietet keine Open-Interest-Historie</translation>
    </message>
    <message>
        <source>%1 serves no long/short ratios</source>
        <translation>%1 bietet keine Long/Short-Verhältnisse</translation>
    </message>
    <message>
        <source>%1 serves no liquidation history without a key; `cascade record` captures them live</source>
        <translation>%1 bietet ohne Schlüssel keine Liquidations-Historie; `cascade record` zeichnet sie live auf</translation>
    </message>
    <message>
        <source>%1 serves no options open interest</source>
        <translation>%1 bietet kein Options-Open-Interest</translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the fetch. Pages already fetched stay stored; the next fetch resumes after them.</source>
        <translation>Abruf stoppen. Bereits abgerufene Seiten bleiben gespeichert; der nächste Abruf setzt danach fort.</translation>
    </message>
    <message>
        <source>%1: planning…</source>
        <translation>%1: wird geplant…</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 / %2 requests · %3</source>
        <extracomment>%1 requests done of %2 planned; %3 is &quot;N row(s)&quot;</extracomment>
        <translation>%1 / %2 Anfragen · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
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
        <translation>Realisierte Liquidationen</translation>
    </message>
    <message>
        <source>Estimated levels (open)</source>
        <translation>Geschätzte Levels (offen)</translation>
    </message>
    <message>
        <source>Colour: relative to window</source>
        <translation>Farbe: relativ zum Ausschnitt</translation>
    </message>
    <message>
        <source>Colour: absolute USD</source>
        <translation>Farbe: absolut in USD</translation>
    </message>
    <message>
        <source>Colour: logarithmic</source>
        <translation>Farbe: logarithmisch</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Estimated open liquidation levels (model, not observed)</source>
        <translation>Geschätzte offene Liquidationslevels (Modell, nicht beobachtet)</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>d. MMM
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImageExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Whole dashboard</source>
        <translation>Gesamtes Dashboard</translation>
    </message>
    <message>
        <source>Price chart</source>
        <translation>Preischart</translation>
    </message>
    <message>
        <source>Liquidation heatmap</source>
        <translation>Liquidations-Heatmap</translation>
    </message>
    <message>
        <source>Liquidation map (beside the candles)</source>
        <translation>Liquidationskarte (neben den Kerzen)</translation>
    </message>
    <message>
        <source>Options open interest (beside the candles)</source>
        <translation>Options-Open-Interest (neben den Kerzen)</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>Long/Short-Ungleichgewicht</translation>
    </message>
    <message>
        <source>Zones and summary</source>
        <translation>Zonen und Übersicht</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>2x (high-DPI screens, print)</source>
        <translation>2x (hochauflösende Bildschirme, Druck)</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>S&amp;kalierung</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>The image shows the time range now on screen, with a footer line naming the series, the range and the Cascade version.</source>
        <translation>Das Bild zeigt den Zeitraum, der gerade zu sehen ist, mit einer Fußzeile, die Reihe, Zeitraum und Cascade-Version nennt.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose the PNG file to write.</source>
        <translation>Wählen Sie die PNG-Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png.</source>
        <translation>%1: Der Dateiname muss auf .png enden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The PNG will be %1 × %2 pixels.</source>
        <translation>Das PNG wird %1 × %2 Pixel groß.</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalanceModel</name>
    <message>
        <source>no liquidations</source>
        <translation>keine Liquidationen</translation>
    </message>
    <message>
        <source>all long</source>
        <translation>nur Long</translation>
    </message>
    <message>
        <source>all short</source>
        <translation>nur Short</translation>
    </message>
    <message>
        <source>%1% long · imbalance %2%</source>
        <translation>%1 % Long · Ungleichgewicht %2 %</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>Longs liquidiert (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>Shorts liquidiert (USD)</translation>
    </message>
    <message>
        <source>Long share (%)</source>
        <translation>Long-Anteil (%)</translation>
    </message>
    <message>
        <source>Imbalance (%)</source>
        <translation>Ungleichgewicht (%)</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Long/Short-Konten</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker Kauf/Verkauf</translation>
    </message>
    <message>
        <source>Open interest (USD)</source>
        <translation>Open Interest (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ImbalancePanel</name>
    <message>
        <source>longs ▼  ▲ shorts</source>
        <translation>Longs ▼  ▲ Shorts</translation>
    </message>
    <message>
        <source>OI (USD)</source>
        <translation>OI (USD)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Long/Short-Konten</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker Kauf/Verkauf</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Open Interest</translation>
    </message>
    <message>
        <source>Visible window: longs %1 · shorts %2 · %3</source>
        <translation>Sichtbarer Ausschnitt: Longs %1 · Shorts %2 · %3</translation>
    </message>
    <message>
        <source>MMM d
HH:mm</source>
        <extracomment>QLocale format of a time-axis label (month day, line break, time); reorder for your language</extracomment>
        <translation>d. MMM
HH:mm</translation>
    </message>
</context>
<context>
    <name>cascade::ImportController</name>
    <message>
        <source>Import market data</source>
        <translation>Marktdaten importieren</translation>
    </message>
    <message>
        <source>Archives and CSV files (*.zip *.csv);;All files (*)</source>
        <translation>Archive und CSV-Dateien (*.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3…</source>
        <translation>Importiere %1 von %2: %3…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>%n Datei importiert: %1</numerusform>
            <numerusform>%n Dateien importiert: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>Import: %1 von %n Datei fehlgeschlagen, nichts importiert:
%2</numerusform>
            <numerusform>Import: %1 von %n Dateien fehlgeschlagen, nichts importiert:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationBarModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Longs liquidated (USD)</source>
        <translation>Longs liquidiert (USD)</translation>
    </message>
    <message>
        <source>Shorts liquidated (USD)</source>
        <translation>Shorts liquidiert (USD)</translation>
    </message>
    <message>
        <source>Long events</source>
        <translation>Long-Ereignisse</translation>
    </message>
    <message>
        <source>Short events</source>
        <translation>Short-Ereignisse</translation>
    </message>
    <message>
        <source>Largest (USD)</source>
        <translation>Größte (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapColumn</name>
    <message>
        <source>Est. levels</source>
        <translation>Gesch. Levels</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>no bars yet</source>
        <translation>noch keine Balken</translation>
    </message>
</context>
<context>
    <name>cascade::LiquidationMapModel</name>
    <message>
        <source>Price from</source>
        <translation>Preis von</translation>
    </message>
    <message>
        <source>Price to</source>
        <translation>Preis bis</translation>
    </message>
    <message>
        <source>Long levels (USD)</source>
        <translation>Long-Levels (USD)</translation>
    </message>
    <message>
        <source>Short levels (USD)</source>
        <translation>Short-Levels (USD)</translation>
    </message>
    <message>
        <source>Cumulative long (USD)</source>
        <translation>Long kumuliert (USD)</translation>
    </message>
    <message>
        <source>Cumulative short (USD)</source>
        <translation>Short kumuliert (USD)</translation>
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
        <translation>SIMULIERT</translation>
    </message>
    <message>
        <source>This session is generated by Cascade&apos;s simulator, not recorded from an exchange.</source>
        <translation>Diese Sitzung stammt aus dem Simulator von Cascade, nicht von einer Börse.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Liquidations by bar</source>
        <translation>Liquidationen je Kerze</translation>
    </message>
    <message>
        <source>Double-click a row to show that bar on the chart.</source>
        <translation>Doppelklick auf eine Zeile zeigt diese Kerze im Chart.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Fetch data…</source>
        <translation>Daten &amp;abrufen…</translation>
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
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Previous bar</source>
        <translation>&amp;Vorherige Kerze</translation>
    </message>
    <message>
        <source>&amp;Next bar</source>
        <translation>&amp;Nächste Kerze</translation>
    </message>
    <message>
        <source>Estimated &amp;levels and options columns</source>
        <translation>Geschätzte &amp;Levels und Optionsspalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cascade</source>
        <translation>&amp;Über Cascade</translation>
    </message>
    <message>
        <source>About Cascade</source>
        <translation>Über Cascade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Market structure for crypto derivatives: liquidations, options open interest and price on one axis.&lt;/p&gt;&lt;p&gt;Times are UTC.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Cascade %1&lt;/b&gt;&lt;p&gt;Marktstruktur für Krypto-Derivate: Liquidationen, Options-Open-Interest und Preis auf einer Achse.&lt;/p&gt;&lt;p&gt;Zeiten sind in UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
    <message>
        <source>All exchanges</source>
        <translation>Alle Börsen</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>%1  ·  %2 to %3 UTC</source>
        <translation>%1  ·  %2 bis %3 UTC</translation>
    </message>
    <message>
        <source>%1 — Cascade</source>
        <translation>%1 — Cascade</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export i&amp;mage…</source>
        <translation>Bil&amp;d exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV of the visible range</source>
        <translation>&amp;CSV des sichtbaren Bereichs exportieren</translation>
    </message>
    <message>
        <source>&amp;Candles</source>
        <translation>&amp;Kerzen</translation>
    </message>
    <message>
        <source>Liquidations per &amp;bar (long/short, imbalance)</source>
        <translation>Liquidationen je &amp;Kerze (Long/Short, Ungleichgewicht)</translation>
    </message>
    <message>
        <source>Liquidation &amp;events</source>
        <translation>Liquidations&amp;ereignisse</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>Liquidation &amp;map at the last visible bar</source>
        <translation>Liquidations&amp;karte an der letzten sichtbaren Kerze</translation>
    </message>
    <message>
        <source>Estimated &amp;levels swept</source>
        <translation>Überschrittene geschätzte &amp;Levels</translation>
    </message>
    <message>
        <source>&amp;Options open interest by strike</source>
        <translation>&amp;Options-Open-Interest je Strike</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>&amp;Zonen</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
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
        <translation>Put-OI (Kontrakte)</translation>
    </message>
    <message>
        <source>Call OI (contracts)</source>
        <translation>Call-OI (Kontrakte)</translation>
    </message>
    <message>
        <source>Put OI (USD)</source>
        <translation>Put-OI (USD)</translation>
    </message>
    <message>
        <source>Call OI (USD)</source>
        <translation>Call-OI (USD)</translation>
    </message>
</context>
<context>
    <name>cascade::ParametersPanel</name>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Estimated liquidation levels</source>
        <translation>Geschätzte Liquidationslevels</translation>
    </message>
    <message>
        <source>Open interest increase</source>
        <translation>Anstieg des Open Interest</translation>
    </message>
    <message>
        <source>Share of traded volume</source>
        <translation>Anteil am Handelsvolumen</translation>
    </message>
    <message>
        <source>Taker buy/sell</source>
        <translation>Taker Kauf/Verkauf</translation>
    </message>
    <message>
        <source>Long/short accounts</source>
        <translation>Long/Short-Konten</translation>
    </message>
    <message>
        <source>50/50</source>
        <translation>50/50</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>OHLC average</source>
        <translation>OHLC-Durchschnitt</translation>
    </message>
    <message>
        <source>Low for longs, high for shorts</source>
        <translation>Tief für Longs, Hoch für Shorts</translation>
    </message>
    <message>
        <source>Scale open levels to open interest (USD)</source>
        <translation>Offene Levels am Open Interest (USD) skalieren</translation>
    </message>
    <message>
        <source>New exposure</source>
        <translation>Neue Positionen</translation>
    </message>
    <message>
        <source>Long/short split</source>
        <translation>Long/Short-Aufteilung</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Einstiegspreis</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Maint. margin</source>
        <translation>Erh.-Marge</translation>
    </message>
    <message>
        <source>Half-life (h)</source>
        <translation>Halbwertszeit (h)</translation>
    </message>
    <message>
        <source>Liquidation price of a long: entry x (1 - 1/leverage + maintenance margin). Weights are each tier&apos;s share of new exposure; half-life 0 means no decay.</source>
        <translation>Liquidationspreis eines Longs: Einstieg x (1 - 1/Hebel + Erhaltungsmarge). Gewichte sind der Anteil jeder Stufe an neuen Positionen; Halbwertszeit 0 heißt kein Abklingen.</translation>
    </message>
    <message>
        <source>Heatmap price bucket as a fraction of the price range (0.002 = 500 buckets).</source>
        <translation>Preisstufe der Heatmap als Anteil der Preisspanne (0,002 = 500 Stufen).</translation>
    </message>
    <message>
        <source>Heatmap bucket</source>
        <translation>Heatmap-Stufe</translation>
    </message>
    <message>
        <source>Zone evidence weights</source>
        <translation>Gewichte der Zonen-Belege</translation>
    </message>
    <message>
        <source>Put and call walls</source>
        <translation>Put- und Call-Walls</translation>
    </message>
    <message>
        <source>Estimated level clusters</source>
        <translation>Cluster geschätzter Levels</translation>
    </message>
    <message>
        <source>Realized liquidations</source>
        <translation>Realisierte Liquidationen</translation>
    </message>
    <message>
        <source>Range extremes</source>
        <translation>Extreme der Spanne</translation>
    </message>
    <message>
        <source>Volume nodes</source>
        <translation>Volumenknoten</translation>
    </message>
</context>
<context>
    <name>cascade::PriceChartWidget</name>
    <message>
        <source>●  longs liquidated</source>
        <translation>●  Longs liquidiert</translation>
    </message>
    <message>
        <source>●  shorts liquidated</source>
        <translation>●  Shorts liquidiert</translation>
    </message>
    <message>
        <source>HH:mm
MMM d</source>
        <extracomment>QLocale format of a time-axis label over a short span (time, line break, month day)</extracomment>
        <translation>HH:mm
d. MMM</translation>
    </message>
    <message>
        <source>MMM d
yyyy</source>
        <extracomment>QLocale format of a time-axis label over a long span (month day, line break, year)</extracomment>
        <translation>d. MMM
yyyy</translation>
    </message>
</context>
<context>
    <name>cascade::RangeToolBar</name>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show the last %1 of data</source>
        <translation>Die letzten %1 der Daten anzeigen</translation>
    </message>
    <message>
        <source>Show all the data</source>
        <translation>Alle Daten anzeigen</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>90d</source>
        <translation>90 T</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
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
        <translation>Replay starten</translation>
    </message>
    <message>
        <source>Replay the session bar by bar, showing only what was known (Ctrl+R)</source>
        <translation>Sitzung Kerze für Kerze wiedergeben, nur mit dem damals Bekannten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step back one bar (Left)</source>
        <translation>Eine Kerze zurück (Links)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Step forward one bar (Right)</source>
        <translation>Eine Kerze vor (Rechts)</translation>
    </message>
    <message>
        <source>Drag to move the replay clock</source>
        <translation>Ziehen, um die Replay-Uhr zu verschieben</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Replay-Geschwindigkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n Kerze/s</numerusform>
            <numerusform>%n Kerzen/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark the replay time with a note (Ctrl+B)</source>
        <translation>Replay-Zeitpunkt mit Notiz merken (Ctrl+B)</translation>
    </message>
    <message>
        <source>Replay clock (UTC): the panels show what was known at this moment</source>
        <translation>Replay-Uhr (UTC): Die Bereiche zeigen, was zu diesem Zeitpunkt bekannt war</translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Replay beenden</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Live-Ansicht</translation>
    </message>
    <message>
        <source>Previous notable event (Ctrl+Left)</source>
        <translation>Vorheriges markantes Ereignis (Ctrl+Links)</translation>
    </message>
    <message>
        <source>Next notable event (Ctrl+Right)</source>
        <translation>Nächstes markantes Ereignis (Ctrl+Rechts)</translation>
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
        <translation>Replay</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Replay</translation>
    </message>
    <message>
        <source>&amp;Start or stop replay</source>
        <translation>Replay &amp;starten oder beenden</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>&amp;Abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Previous notable &amp;event</source>
        <translation>Vorheriges markantes &amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Next notable event</source>
        <translation>&amp;Nächstes markantes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Bookmark this moment</source>
        <translation>Diesen Zeitpunkt als &amp;Lesezeichen</translation>
    </message>
</context>
<context>
    <name>cascade::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Neuer Ordner</translation>
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
        <translation>PDF-&amp;Seite</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>1x (1920 × 1080)</source>
        <translation>1x (1920 × 1080)</translation>
    </message>
    <message>
        <source>2x for high-DPI screens and print (3840 × 2160)</source>
        <translation>2x für hochauflösende Bildschirme und Druck (3840 × 2160)</translation>
    </message>
    <message>
        <source>Image &amp;scale</source>
        <translation>Bild&amp;skalierung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose the folder to create for the report.</source>
        <translation>Wählen Sie den Ordner, der für den Bericht angelegt wird.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose a new folder, so nothing is overwritten.</source>
        <translation>%1 enthält bereits Dateien: Wählen Sie einen neuen Ordner, damit nichts überschrieben wird.</translation>
    </message>
    <message>
        <source>Folder to create the report in</source>
        <translation>Ordner, in dem der Bericht angelegt wird</translation>
    </message>
    <message>
        <source>A new folder with the dashboard and panel images, their CSVs, report.json and report.pdf: the files `cascade report` writes for the same range.</source>
        <translation>Ein neuer Ordner mit den Bildern von Dashboard und Bereichen, ihren CSVs, report.json und report.pdf: dieselben Dateien, die `cascade report` für denselben Zeitraum schreibt.</translation>
    </message>
</context>
<context>
    <name>cascade::SessionModel</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuliert</translation>
    </message>
</context>
<context>
    <name>cascade::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Exchange APIs</source>
        <translation>Börsen-APIs</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>For mirrors, regional endpoints or a local test server. Requests go to the URL followed by the exchange&apos;s usual path.</source>
        <translation>Für Spiegelserver, regionale Endpunkte oder einen lokalen Testserver. Anfragen gehen an die URL, gefolgt vom üblichen Pfad der Börse.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>System proxy (http_proxy / https_proxy)</source>
        <translation>System-Proxy (http_proxy / https_proxy)</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>e.g. http://host:3128 or socks5://host:1080. Exchanges that ban or block your region answer 418, 403 or 451.</source>
        <translation>z. B. http://host:3128 oder socks5://host:1080. Börsen, die Ihre Region sperren oder blockieren, antworten mit 418, 403 oder 451.</translation>
    </message>
    <message>
        <source>Needed for CoinGlass liquidation history</source>
        <translation>Nötig für die Liquidations-Historie von CoinGlass</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>CoinGlass &amp;API key:</source>
        <translation>CoinGlass-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>%1 API: &apos;%2&apos; is not an http(s) URL such as %3.</source>
        <translation>%1-API: &apos;%2&apos; ist keine http(s)-URL wie %3.</translation>
    </message>
    <message>
        <source>Proxy: &apos;%1&apos; is not a proxy URL such as http://host:3128 or socks5://host:1080.</source>
        <translation>Proxy: &apos;%1&apos; ist keine Proxy-URL wie http://host:3128 oder socks5://host:1080.</translation>
    </message>
    <message>
        <source>CoinGlass API key: a key has no spaces; paste it again.</source>
        <translation>CoinGlass-API-Schlüssel: Ein Schlüssel enthält keine Leerzeichen; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Cascade starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Cascade.</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service is running: kept in Cascade&apos;s settings file, readable only by you.</source>
        <translation>Kein Schlüsselbund-Dienst läuft: Wird in der Einstellungsdatei von Cascade gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>store.sqlite in Cascade&apos;s data folder</source>
        <translation>store.sqlite im Datenordner von Cascade</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>A SQLite file, or a team store: postgresql://user@host:5432/db?sslmode=verify-full. Takes effect the next time Cascade starts; --store and CASCADE_STORE override it.</source>
        <translation>Eine SQLite-Datei oder ein Team-Speicher: postgresql://user@host:5432/db?sslmode=verify-full. Wirkt beim nächsten Start von Cascade; --store und CASCADE_STORE haben Vorrang.</translation>
    </message>
</context>
<context>
    <name>cascade::WorkspaceDocks</name>
    <message>
        <source>Liquidation heatmap</source>
        <translation>Liquidations-Heatmap</translation>
    </message>
    <message>
        <source>Long/short imbalance</source>
        <translation>Long/Short-Ungleichgewicht</translation>
    </message>
    <message>
        <source>Zones and headline figures</source>
        <translation>Zonen und Kennzahlen</translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
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
        <translation>U</translation>
    </message>
    <message>
        <source>R</source>
        <translation>W</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesModel</name>
    <message>
        <source>put wall</source>
        <translation>Put-Wall</translation>
    </message>
    <message>
        <source>call wall</source>
        <translation>Call-Wall</translation>
    </message>
    <message>
        <source>long levels</source>
        <translation>Long-Levels</translation>
    </message>
    <message>
        <source>short levels</source>
        <translation>Short-Levels</translation>
    </message>
    <message>
        <source>realized liquidations</source>
        <translation>realisierte Liquidationen</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>Tief der Spanne</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>Hoch der Spanne</translation>
    </message>
    <message>
        <source>volume node</source>
        <translation>Volumenknoten</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Widerstand</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>From price</source>
        <translation>Abstand zum Preis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>cascade::ZonesPanel</name>
    <message>
        <source>Liquidated notional in the visible window, and how long and short compare</source>
        <translation>Liquidierter Nominalwert im sichtbaren Ausschnitt und das Verhältnis von Long zu Short</translation>
    </message>
    <message>
        <source>Click to show the bar with the most liquidations</source>
        <translation>Klicken zeigt die Kerze mit den meisten Liquidationen</translation>
    </message>
    <message>
        <source>Click to show the bar that made the high</source>
        <translation>Klicken zeigt die Kerze mit dem Hoch</translation>
    </message>
    <message>
        <source>Click to show the bar that made the low</source>
        <translation>Klicken zeigt die Kerze mit dem Tief</translation>
    </message>
    <message>
        <source>The strike with the most put open interest below price, and its share of all puts</source>
        <translation>Der Strike mit dem meisten Put-Open-Interest unter dem Preis und sein Anteil an allen Puts</translation>
    </message>
    <message>
        <source>Click a zone to show it on the price chart.</source>
        <translation>Klicken Sie auf eine Zone, um sie im Preischart zu zeigen.</translation>
    </message>
    <message>
        <source>Liquidated %1 · %2</source>
        <translation>Liquidiert %1 · %2</translation>
    </message>
    <message>
        <source>Largest bar %1 at %2 UTC</source>
        <translation>Größte Kerze %1 um %2 UTC</translation>
    </message>
    <message>
        <source>No liquidations in view</source>
        <translation>Keine Liquidationen im Ausschnitt</translation>
    </message>
    <message>
        <source>High %1</source>
        <translation>Hoch %1</translation>
    </message>
    <message>
        <source>High -</source>
        <translation>Hoch -</translation>
    </message>
    <message>
        <source>Low %1</source>
        <translation>Tief %1</translation>
    </message>
    <message>
        <source>Low -</source>
        <translation>Tief -</translation>
    </message>
    <message>
        <source>Put wall %1 · %2% of put OI</source>
        <translation>Put-Wall %1 · %2 % des Put-OI</translation>
    </message>
    <message>
        <source>No options snapshot</source>
        <translation>Kein Options-Snapshot</translation>
    </message>
</context>
</TS>
