<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>storyreel::LookListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/looklistmodel.cpp" line="+43" />
        <source>%n product(s) · %1</source>
        <translation>
            <numerusform>%n product · %1</numerusform>
            <numerusform>%n products · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Look %1 with %n product(s)</source>
        <translation>
            <numerusform>Look %1 with %n product</numerusform>
            <numerusform>Look %1 with %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardListModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/storyboardlistmodel.cpp" line="+46" />
        <source>%n scene(s) · %1 s · %2</source>
        <translation>
            <numerusform>%n scene · %1 s · %2</numerusform>
            <numerusform>%n scenes · %1 s · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardsWorkspace</name>
    <message numerus="yes">
        <location filename="../ui/workspaces/storyboardsworkspace.cpp" line="+137" />
        <source>%n scene(s) · %1 s · %2 · %3%4</source>
        <translation>
            <numerusform>%n scene · %1 s · %2 · %3%4</numerusform>
            <numerusform>%n scenes · %1 s · %2 · %3%4</numerusform>
        </translation>
    </message>
</context>
</TS>