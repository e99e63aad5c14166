<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>{count} record(s)</source>
        <translation>
            <numerusform>{count} record</numerusform>
            <numerusform>{count} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} photo(s)</source>
        <translation>
            <numerusform>{count} photo</numerusform>
            <numerusform>{count} photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} course(s)</source>
        <translation>
            <numerusform>{count} course</numerusform>
            <numerusform>{count} courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} day(s) logged</source>
        <translation>
            <numerusform>{count} day logged</numerusform>
            <numerusform>{count} days logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} lab result(s)</source>
        <translation>
            <numerusform>{count} lab result</numerusform>
            <numerusform>{count} lab results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryActions</name>
    <message numerus="yes">
        <source>Saved your summary (%n page(s)) to {path}.</source>
        <translation>
            <numerusform>Saved your summary (%n page) to {path}.</numerusform>
            <numerusform>Saved your summary (%n pages) to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} record(s) as CSV files to a zip file: {path}.</source>
        <translation>
            <numerusform>Exported {count} record as CSV files to a zip file: {path}.</numerusform>
            <numerusform>Exported {count} records as CSV files to a zip file: {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} record(s) as CSV files to a folder: {path}.</source>
        <translation>
            <numerusform>Exported {count} record as CSV files to a folder: {path}.</numerusform>
            <numerusform>Exported {count} records as CSV files to a folder: {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
