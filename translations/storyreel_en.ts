<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>storyreel::CompareDialog</name>
    <message numerus="yes">
        <source>%n review note(s)</source>
        <translation>
            <numerusform>%n review note</numerusform>
            <numerusform>%n review notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::JobFilterBar</name>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln job(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln job</numerusform>
            <numerusform>Showing %1 of %Ln jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::JobTableModel</name>
    <message numerus="yes">
        <source>%1 · %n job(s)</source>
        <translation>
            <numerusform>%1 · %n job</numerusform>
            <numerusform>%1 · %n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::JobsWorkspace</name>
    <message numerus="yes">
        <source>%n job(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n job could not be changed: %1</numerusform>
            <numerusform>%n jobs could not be changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryCommands</name>
    <message numerus="yes">
        <source>Showing %1 of %n video(s) (use --limit N for more).</source>
        <translation>
            <numerusform>Showing %1 of %n video (use --limit N for more).</numerusform>
            <numerusform>Showing %1 of %n videos (use --limit N for more).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryService</name>
    <message numerus="yes">
        <source>%n look(s)</source>
        <translation>
            <numerusform>%n look</numerusform>
            <numerusform>%n looks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryWorkspace</name>
    <message numerus="yes">
        <source>Imported %n video(s).</source>
        <translation>
            <numerusform>Imported %n video.</numerusform>
            <numerusform>Imported %n videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n video(s) to “%1”.</source>
        <translation>
            <numerusform>Linked %n video to “%1”.</numerusform>
            <numerusform>Linked %n videos to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait for the provider.</source>
        <translation>
            <numerusform>%n change made offline wait for the provider.</numerusform>
            <numerusform>%n changes made offline wait for the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied by the provider.</source>
        <translation>
            <numerusform>%n change could not be applied by the provider.</numerusform>
            <numerusform>%n changes could not be applied by the provider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n video(s) to “%1”; follow them in Jobs (Ctrl+3).</source>
        <translation>
            <numerusform>Uploading %n video to “%1”; follow them in Jobs (Ctrl+3).</numerusform>
            <numerusform>Uploading %n videos to “%1”; follow them in Jobs (Ctrl+3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) from the cloud storage; follow them in Jobs (Ctrl+3).</source>
        <translation>
            <numerusform>Downloading %n video from the cloud storage; follow them in Jobs (Ctrl+3).</numerusform>
            <numerusform>Downloading %n videos from the cloud storage; follow them in Jobs (Ctrl+3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n new video(s) in “%1”; they stay in the cloud until you download or review them.</source>
        <translation>
            <numerusform>Found %n new video in “%1”; they stay in the cloud until you download or review them.</numerusform>
            <numerusform>Found %n new videos in “%1”; they stay in the cloud until you download or review them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) for offline review; follow them in %1.</source>
        <translation>
            <numerusform>Downloading %n video for offline review; follow them in %1.</numerusform>
            <numerusform>Downloading %n videos for offline review; follow them in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LookCardDelegate</name>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LookDetailsPane</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LookListModel</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look %1 with %n product(s)</source>
        <translation>
            <numerusform>Look %1 with %n product</numerusform>
            <numerusform>Look %1 with %n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::MediaCommands</name>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::ReviewNotesPanel</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>Exported %n note to %1.</numerusform>
            <numerusform>Exported %n notes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::SceneEditor</name>
    <message numerus="yes">
        <source>%n scene(s) · %1 s · %2 · %3</source>
        <translation>
            <numerusform>%n scene · %1 s · %2 · %3</numerusform>
            <numerusform>%n scenes · %1 s · %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::SceneForm</name>
    <message numerus="yes">
        <source>%n scene(s) selected: set one duration for all</source>
        <translation>
            <numerusform>%n scene selected: set one duration for all</numerusform>
            <numerusform>%n scenes selected: set one duration for all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::ScriptDialog</name>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n scene</numerusform>
            <numerusform>%n scenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StorageCommands</name>
    <message numerus="yes">
        <source>Found %n new video(s) in "%1" (cloud only).</source>
        <translation>
            <numerusform>Found %n new video in "%1" (cloud only).</numerusform>
            <numerusform>Found %n new videos in "%1" (cloud only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardDocument</name>
    <message numerus="yes">
        <source>Change duration of %n scenes</source>
        <translation>
            <numerusform>Change duration of %n scenes</numerusform>
            <numerusform>Change duration of %n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n scene(s)</source>
        <translation>
            <numerusform>Add %n scene</numerusform>
            <numerusform>Add %n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scene(s)</source>
        <translation>
            <numerusform>Delete %n scene</numerusform>
            <numerusform>Delete %n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n scene(s)</source>
        <translation>
            <numerusform>Duplicate %n scene</numerusform>
            <numerusform>Duplicate %n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n scene(s)</source>
        <translation>
            <numerusform>Move %n scene</numerusform>
            <numerusform>Move %n scenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardListModel</name>
    <message numerus="yes">
        <source>%n scene(s) · %1 s · %2</source>
        <translation>
            <numerusform>%n scene · %1 s · %2</numerusform>
            <numerusform>%n scenes · %1 s · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::SummaryCommand</name>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n scene</numerusform>
            <numerusform>%n scenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::VideosBrowser</name>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
</TS>