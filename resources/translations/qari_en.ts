<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="60"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="61"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="62"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="63"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="64"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="65"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="66"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="67"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="77"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="81"/>
        <source>Import article files (text or HTML) into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="86"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="90"/>
        <source>Import every article file in a folder and its sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="95"/>
        <source>Save from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="99"/>
        <source>Save a web page for offline reading, with its pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="104"/>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="108"/>
        <source>Delete the selected article from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="114"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="118"/>
        <source>Close Qari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="124"/>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="128"/>
        <source>Move to the library search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="132"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="136"/>
        <source>Find text in the open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="141"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="145"/>
        <source>Go to the next match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="149"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="153"/>
        <source>Go to the previous match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="158"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="162"/>
        <source>Make the article text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="167"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="171"/>
        <source>Make the article text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="176"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="180"/>
        <source>Return the article text to its normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="184"/>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="188"/>
        <source>Choose the typeface of the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="192"/>
        <source>&amp;More Line Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="196"/>
        <source>Put more space between lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="201"/>
        <source>&amp;Less Line Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="205"/>
        <source>Put less space between lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="209"/>
        <source>&amp;Wider Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="213"/>
        <source>Allow longer lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="218"/>
        <source>&amp;Narrower Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="222"/>
        <source>Keep lines shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="226"/>
        <source>&amp;Justify Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="230"/>
        <source>Align both edges of each paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="239"/>
        <source>&amp;Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="243"/>
        <source>Move to the next part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="247"/>
        <source>&amp;Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="251"/>
        <source>Move to the previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="255"/>
        <source>&amp;Library List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="259"/>
        <source>Move to the list of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="264"/>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="268"/>
        <source>Move to the article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="272"/>
        <source>&amp;Menu Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="276"/>
        <source>Open the first menu; arrow keys move between menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="281"/>
        <source>&amp;Context Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="285"/>
        <source>Open the menu of what has the focus, as the Menu key does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="290"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="294"/>
        <source>List every command and its shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="301"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="302"/>
        <source>&amp;Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="303"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="304"/>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="311"/>
        <source>Colours of the article and the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="322"/>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="332"/>
        <source>Language of menus and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="379"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../desktop/ui/announcer.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="60"/>
        <source>Language changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="94"/>
        <source>Qari cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="121"/>
        <source>The library folder %1 cannot be made here. Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="125"/>
        <source>%1 is not a Qari library: it is damaged, or another kind of file. Nothing was changed. Move it away, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="130"/>
        <source>%1 was written by a newer Qari. Update Qari to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="133"/>
        <source>%1 can only be read, and Qari writes to its library as you read (your place, your notes). Nothing was changed. Copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="140"/>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="413"/>
        <source>Image not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="70"/>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document_builder.py" line="66"/>
        <source>%1 min read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAudio</name>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="161"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="167"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="171"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="177"/>
        <source>Audio export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="179"/>
        <source>Audio saved to «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="185"/>
        <source>Subtitles saved to «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="189"/>
        <source>Sentences left out because they could not be spoken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="194"/>
        <source>Vowels were not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="201"/>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="218"/>
        <source>Audio (*.mp3 *.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="219"/>
        <source>MP3 audio (*.mp3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="220"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="222"/>
        <location filename="../../desktop/ui/export_audio.py" line="236"/>
        <location filename="../../desktop/ui/export_audio.py" line="272"/>
        <location filename="../../desktop/ui/export_audio.py" line="273"/>
        <source>Export Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="237"/>
        <source>Replace these files?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="291"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="293"/>
        <source>The whole &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="306"/>
        <source>Audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="308"/>
        <source>A name ending in .mp3 or .wav chooses the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="312"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="314"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="316"/>
        <source>Choose the audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="321"/>
        <source>Also save s&amp;ubtitles (WebVTT) beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="325"/>
        <source>A .vtt file with the time of every sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="331"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="346"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="348"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="352"/>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="356"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="396"/>
        <source>Audio export is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="404"/>
        <source>Open an article to export it as audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="412"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="418"/>
        <source>Only the &amp;selected text (sentences: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="422"/>
        <source>Only the &amp;selected text (nothing is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="478"/>
        <source>Choose a file to save the audio in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="486"/>
        <source>Use a file name ending in .mp3 or .wav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="503"/>
        <source>There is nothing to read aloud here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="530"/>
        <source>Exporting audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="539"/>
        <source>Cancelling the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="558"/>
        <source>Sentence %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_audio.py" line="572"/>
        <source>Audio export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="49"/>
        <location filename="../../desktop/ui/find_bar.py" line="51"/>
        <location filename="../../desktop/ui/find_bar.py" line="52"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="55"/>
        <source>Matches ignore hamza forms and diacritics. Enter: next match, Shift+Enter: previous match, Esc: close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="62"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="62"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="65"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="65"/>
        <source>Go to the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="68"/>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="68"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="72"/>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="142"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/find_bar.py" line="144"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/find_bar.py" line="147"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="59"/>
        <location filename="../../desktop/ui/image_viewer.py" line="68"/>
        <location filename="../../desktop/ui/image_viewer.py" line="78"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="60"/>
        <source>Image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="62"/>
        <source>Zoom in with Ctrl+=, zoom out with Ctrl+-, fit with Ctrl+0. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="89"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="94"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="94"/>
        <source>Make the image larger (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="95"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="95"/>
        <source>Make the image smaller (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="96"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="96"/>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="98"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="99"/>
        <source>Show the image at its own size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="114"/>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="116"/>
        <location filename="../../desktop/ui/image_viewer.py" line="117"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="118"/>
        <source>Close the image viewer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_viewer.py" line="179"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="103"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="104"/>
        <source>it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="105"/>
        <source>it is a PDF: copy its text into a text file, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="108"/>
        <source>it is a word processor&apos;s document: save it as a web page or as text, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="112"/>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="113"/>
        <source>its text encoding could not be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="114"/>
        <source>it could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="115"/>
        <source>this kind of file cannot be imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="116"/>
        <source>no article was found in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="117"/>
        <source>the library could not save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="118"/>
        <source>the page is not there (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="119"/>
        <source>the web server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="120"/>
        <source>the web server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="121"/>
        <source>the secure connection could not be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="122"/>
        <source>the web server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="123"/>
        <source>the address sends on to too many others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="124"/>
        <source>the address is not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="125"/>
        <source>this is not a web address Qari can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="127"/>
        <source>it could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="138"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="139"/>
        <source>Articles imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="141"/>
        <source>Updated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="145"/>
        <source>Already in the library: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="150"/>
        <source>Could not be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="155"/>
        <source>Imported with something left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="186"/>
        <source>its file is not beside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="187"/>
        <source>the saved page does not include it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="190"/>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="191"/>
        <source>this kind of picture is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="192"/>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="193"/>
        <source>it is not on the web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="196"/>
        <source>the picture could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="198"/>
        <source>A picture was not saved (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="201"/>
        <source>Only the first %1 pictures were saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="204"/>
        <source>The page could not be read to the end: part of it may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_worker.py" line="207"/>
        <source>Something was left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="54"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="56"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="58"/>
        <source>%1% read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="77"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="78"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_model.py" line="80"/>
        <source>Match: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="41"/>
        <source>Date imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="42"/>
        <source>Date published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="44"/>
        <source>Last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="50"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="51"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="52"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="53"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="77"/>
        <source>Search titles and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="78"/>
        <source>Search library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="80"/>
        <source>Type words to find; spelling variants of hamza, alef maqsura and taa marbuta match too. Press Down to go to the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="93"/>
        <source>Sort articles by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="95"/>
        <source>Search results are listed best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="102"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="104"/>
        <source>Show all articles, or only unread, in progress or finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="117"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="119"/>
        <source>Press Enter to open the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="125"/>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="127"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="129"/>
        <source>Sear&amp;ch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="262"/>
        <source>Articles found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="264"/>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/library_pane.py" line="266"/>
        <source>Articles: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <location filename="../../desktop/ui/main_window.py" line="483"/>
        <source>Qari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159"/>
        <source>Notes of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="224"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>C&amp;ancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="454"/>
        <source>That article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="469"/>
        <source>Article opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="519"/>
        <source>No article selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="533"/>
        <source>Delete “%1” from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="538"/>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="571"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="588"/>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="604"/>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="616"/>
        <source>Save from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="617"/>
        <source>&amp;Web address of the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="625"/>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="637"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="649"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="657"/>
        <source>Cancelling import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="663"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="679"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="701"/>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="824"/>
        <source>Line spacing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="828"/>
        <source>Line width %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="845"/>
        <source>Text size %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="860"/>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="861"/>
        <source>&amp;Typeface for articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="868"/>
        <source>Font: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="873"/>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="895"/>
        <source>The language changes when the import has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="222"/>
        <location filename="../../desktop/ui/notes_panel.py" line="223"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="232"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="237"/>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="239"/>
        <source>Ctrl+Enter saves the note, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="243"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="248"/>
        <source>&amp;Underline instead of colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="249"/>
        <source>Underline instead of colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="253"/>
        <source>Note direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="255"/>
        <location filename="../../desktop/ui/notes_panel.py" line="268"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="256"/>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="257"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="266"/>
        <location filename="../../desktop/ui/notes_panel.py" line="267"/>
        <source>Note language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="269"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="270"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="278"/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="280"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="281"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="287"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="81"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="82"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="83"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="84"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="85"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="92"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="93"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="163"/>
        <location filename="../../desktop/ui/highlight_controller.py" line="447"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="175"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="186"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="201"/>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="203"/>
        <location filename="../../desktop/ui/highlight_controller.py" line="210"/>
        <source>Remove Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="221"/>
        <source>Rename Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="127"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="134"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="141"/>
        <source>That change cannot be undone: its article is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="418"/>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="434"/>
        <source>Select some article text to highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="444"/>
        <source>Already highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="465"/>
        <location filename="../../desktop/ui/highlight_controller.py" line="488"/>
        <source>Move the caret into the article text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="478"/>
        <location filename="../../desktop/ui/highlight_controller.py" line="494"/>
        <location filename="../../desktop/ui/highlight_controller.py" line="507"/>
        <source>There is no text here to highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="504"/>
        <source>That article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="518"/>
        <source>%1, underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="520"/>
        <source>Highlighted in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="529"/>
        <source>Bookmark added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="531"/>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="548"/>
        <source>There is no highlight here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="552"/>
        <source>Highlight removed: %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="571"/>
        <source>Select text or move the caret into a highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="584"/>
        <source>Highlight colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="591"/>
        <source>Highlight style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="626"/>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/highlight_controller.py" line="626"/>
        <source>Highlight updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="21"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="33"/>
        <source>Toggle &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="34"/>
        <source>Add or remove a bookmark at the reading position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="39"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="40"/>
        <source>Highlight the selection, or the sentence at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="45"/>
        <source>Highlight &amp;Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="46"/>
        <source>Highlight the sentence being read aloud, or the caret&apos;s sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="52"/>
        <source>Highlight &amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="53"/>
        <source>Highlight the paragraph at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="57"/>
        <source>Add or Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="58"/>
        <source>Write a note on the highlight at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="63"/>
        <source>Remove the highlight at the caret (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="67"/>
        <source>Next Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="68"/>
        <source>Use the next colour for new highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="73"/>
        <source>&amp;Underline Instead of Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="74"/>
        <source>Mark new highlights with an underline, not a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="78"/>
        <source>Notes of This &amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="81"/>
        <source>Show or hide the list of this article&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="87"/>
        <source>All Notes in the &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="90"/>
        <source>Every quote and note in the library: search, filter, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="96"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="100"/>
        <source>Undo the last change to notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="105"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_actions.py" line="109"/>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesMessages</name>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="36"/>
        <source>Note %1 in the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="40"/>
        <source>Line %1 of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="43"/>
        <source>Notes can be imported only from JSON or CSV notes exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="46"/>
        <source>The file is too large to be a notes export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="47"/>
        <source>The file is not text in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="48"/>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="49"/>
        <source>The file is not a notes export Qari can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="57"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="61"/>
        <source>The file is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="63"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="65"/>
        <source>The library could not save the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="67"/>
        <source>The notes in the file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="73"/>
        <source>The notes could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="89"/>
        <source>Notes imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="93"/>
        <source>Already in the library: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="99"/>
        <source>Their quote is not in the article&apos;s text: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="106"/>
        <source>Not imported, because their article is not in the library: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_messages.py" line="119"/>
        <source>%2 (notes: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="380"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="382"/>
        <location filename="../../desktop/ui/notes_panel.py" line="389"/>
        <source>Notes and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="391"/>
        <source>Enter: go to the place. F2: edit the note. Delete: remove it (Ctrl+Z undoes). Ctrl+C: copy the quote with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="411"/>
        <source>No notes yet. Select text and press Ctrl+Shift+H to highlight it, or Ctrl+D to bookmark your place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="420"/>
        <location filename="../../desktop/ui/notes_panel.py" line="645"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="418"/>
        <location filename="../../desktop/ui/notes_panel.py" line="636"/>
        <source>Go &amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="419"/>
        <location filename="../../desktop/ui/notes_panel.py" line="637"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="421"/>
        <location filename="../../desktop/ui/notes_panel.py" line="639"/>
        <source>Copy &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="482"/>
        <source>Notes and bookmarks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="498"/>
        <location filename="../../desktop/ui/notes_panel.py" line="500"/>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="502"/>
        <source>Text changed; place is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="508"/>
        <source>Bookmark %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="517"/>
        <source>Underlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="519"/>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="529"/>
        <source>%1 highlight: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="534"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="565"/>
        <source>This quote is no longer in the article&apos;s text; the note is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="580"/>
        <source>Rename Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="581"/>
        <source>Bookmark name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="586"/>
        <source>Bookmark renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="599"/>
        <source>Bookmark deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="602"/>
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="613"/>
        <source>Quote copied with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="627"/>
        <source>Colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_panel.py" line="640"/>
        <source>C&amp;olour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="156"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="157"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="158"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="159"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="160"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="174"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="194"/>
        <source>%1 highlight in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="200"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="252"/>
        <source>All Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="253"/>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="259"/>
        <location filename="../../desktop/ui/notes_view.py" line="260"/>
        <source>Search quotes and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="262"/>
        <source>Matches ignore hamza forms and diacritics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="265"/>
        <source>Colour filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="266"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="270"/>
        <source>Article filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="276"/>
        <source>Only notes &amp;not found in their article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="279"/>
        <source>Only notes not found in their article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="282"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="286"/>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="307"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="309"/>
        <source>Enter: open the article at the quote. F2: edit the note. Delete: remove it (Ctrl+Z undoes). Ctrl+C: copy the quote with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="335"/>
        <source>Number of notes shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="337"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="338"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="339"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="340"/>
        <source>&amp;Copy Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="341"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="342"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="343"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="412"/>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="457"/>
        <source>Notes shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="530"/>
        <source>Notes exported: %1, to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="633"/>
        <source>Notes and bookmarks in it: %1. They are deleted with it unless you export them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="483"/>
        <source>This quote is no longer in the article&apos;s text; opening the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="284"/>
        <source>Co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="506"/>
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="514"/>
        <source>Quote copied with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="546"/>
        <location filename="../../desktop/ui/notes_view.py" line="601"/>
        <location filename="../../desktop/ui/notes_view.py" line="690"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="558"/>
        <location filename="../../desktop/ui/notes_view.py" line="564"/>
        <source>Import Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="560"/>
        <source>Qari notes (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="587"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="588"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="589"/>
        <source>Web Annotations JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="590"/>
        <source>Spreadsheet CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="628"/>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="630"/>
        <source>Delete “%1” from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="640"/>
        <source>&amp;Export Notes, Then Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notes_view.py" line="644"/>
        <source>&amp;Delete With Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="127"/>
        <source>&amp;Read Aloud</source>
        <extracomment>The menu the specs live in; the registry needs ``MENU`` in ``actions.MENUS`` and a title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="142"/>
        <location filename="../../desktop/ui/read_aloud.py" line="752"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="144"/>
        <source>Read the article aloud from where you are, or the selection; pause and resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="151"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="153"/>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="157"/>
        <source>Read from &amp;Caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="159"/>
        <source>Read aloud from the caret or the top of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="164"/>
        <source>Read Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="166"/>
        <source>Read aloud only the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="170"/>
        <source>Pre&amp;vious Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="172"/>
        <source>Go back one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="177"/>
        <source>&amp;Next Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="179"/>
        <source>Skip to the next sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="183"/>
        <source>Previous P&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="185"/>
        <source>Go back to the start of the previous paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="189"/>
        <source>Next Paragrap&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="191"/>
        <source>Skip to the next paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="195"/>
        <source>Slo&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="197"/>
        <source>Speak more slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="202"/>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="204"/>
        <source>Speak faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="208"/>
        <source>F&amp;ollow the Spoken Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="210"/>
        <source>Scroll the article so the word being read stays in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="215"/>
        <source>&amp;Restore Vowels Before Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="217"/>
        <source>Add the short vowels Arabic text leaves out, so words are pronounced right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="224"/>
        <source>&amp;Export Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="226"/>
        <source>Save the article or the selection as a WAV or MP3 file, with subtitles if wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="238"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="239"/>
        <source>Preparing speech…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="240"/>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="241"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="242"/>
        <source>Finished reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="243"/>
        <source>Read aloud stopped by an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="364"/>
        <source>The speech engine failed to start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="563"/>
        <source>Select some text to read it aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="567"/>
        <source>The selection has nothing to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="613"/>
        <source>Speed: %1 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="641"/>
        <source>Voice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="652"/>
        <source>The view follows the spoken word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="654"/>
        <source>The view stays where it is while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="821"/>
        <source>Vowels cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="675"/>
        <source>Vowels are restored before speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="677"/>
        <source>Text is spoken as written, without added vowels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="752"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="775"/>
        <source>Read Aloud from &amp;Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="782"/>
        <source>Read &amp;Selection Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="829"/>
        <source>Skipped a sentence that could not be spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="831"/>
        <source>Nothing to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="833"/>
        <source>None of the remaining sentences could be spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="848"/>
        <source>The sound output failed; check the sound device. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="835"/>
        <location filename="../../desktop/ui/read_aloud.py" line="859"/>
        <source>Read aloud is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud.py" line="867"/>
        <source>Open an article to read it aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="90"/>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="91"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="133"/>
        <source>Read aloud status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="141"/>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="142"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="144"/>
        <source>Reading speed in words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="149"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="158"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="160"/>
        <source>Loudness of the reading voice, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="163"/>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="171"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="173"/>
        <source>The voice that reads; one for the article&apos;s language is chosen by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="179"/>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="181"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="183"/>
        <source>Follow the spoken word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="185"/>
        <source>Scroll the article so the word being read stays in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="190"/>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="192"/>
        <source>Restore vowels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="194"/>
        <source>Add the short vowels Arabic text leaves out before speaking, so words are pronounced right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="219"/>
        <source>Press %1 to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="238"/>
        <source>Read aloud is not available on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/read_aloud_bar.py" line="303"/>
        <source>Volume: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="172"/>
        <source>Article text. Move the caret with the arrow keys; press Enter on an image to enlarge it; Ctrl+F finds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="192"/>
        <location filename="../../desktop/ui/reader_view.py" line="270"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="255"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="256"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="624"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="626"/>
        <source>Press Enter to enlarge the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reader_view.py" line="628"/>
        <source>Image not available offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Separator</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="100"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="32"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="38"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="39"/>
        <source>Filter commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="40"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="47"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="48"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="49"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="50"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="53"/>
        <source>Commands and shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="68"/>
        <source>(menu only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="83"/>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="84"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
