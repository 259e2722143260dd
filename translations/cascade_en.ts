<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cascade::AppController</name>
    <message numerus="yes">
        <source>Loaded %n candle(s)</source>
        <translation>
            <numerusform>Loaded %n candle</numerusform>
            <numerusform>Loaded %n candles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ExportController</name>
    <message numerus="yes">
        <source>Report written to %1 (%n file(s))</source>
        <translation>
            <numerusform>Report written to %1 (%n file)</numerusform>
            <numerusform>Report written to %1 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchController</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::FetchProgressBar</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ImportController</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): %1</source>
        <translation>
            <numerusform>Imported %n file: %1</numerusform>
            <numerusform>Imported %n files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %1 of %n file(s) failed and imported nothing:
%2</source>
        <translation>
            <numerusform>Import: %1 of %n file failed and imported nothing:
%2</numerusform>
            <numerusform>Import: %1 of %n files failed and imported nothing:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cascade::ReplayBar</name>
    <message numerus="yes">
        <source>%n bar(s)/s</source>
        <translation>
            <numerusform>%n bar/s</numerusform>
            <numerusform>%n bars/s</numerusform>
        </translation>
    </message>
</context>
</TS>
