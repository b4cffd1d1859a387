<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Tsuzuki::AppActions</name>
    <message numerus="yes">
        <source>Never post: %n play(s)</source>
        <translation>
            <numerusform>Never post: %n play</numerusform>
            <numerusform>Never post: %n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post again: %n play(s) offered by the next sync</source>
        <translation>
            <numerusform>Post again: %n play offered by the next sync</numerusform>
            <numerusform>Post again: %n plays offered by the next sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Cli</name>
    <message numerus="yes">
        <source>Undo of run %1 (preview): %n play(s) would be removed from Trakt</source>
        <translation>
            <numerusform>Undo of run %1 (preview): %n play would be removed from Trakt</numerusform>
            <numerusform>Undo of run %1 (preview): %n plays would be removed from Trakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were on Trakt before this run and stay.</source>
        <translation>
            <numerusform>%n play was on Trakt before this run and stays.</numerusform>
            <numerusform>%n plays were on Trakt before this run and stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will never be posted (tsuzuki-cli never remove … to undo).</source>
        <translation>
            <numerusform>%n play will never be posted (tsuzuki-cli never remove … to undo).</numerusform>
            <numerusform>%n plays will never be posted (tsuzuki-cli never remove … to undo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) will be offered again by the next sync.</source>
        <translation>
            <numerusform>%n play will be offered again by the next sync.</numerusform>
            <numerusform>%n plays will be offered again by the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasModel</name>
    <message numerus="yes">
        <source>Your Trakt account has &quot;watch only once&quot; on: %n rewatch(es) are not sent (see Skipped).</source>
        <translation>
            <numerusform>Your Trakt account has &quot;watch only once&quot; on: %n rewatch is not sent (see Skipped).</numerusform>
            <numerusform>Your Trakt account has &quot;watch only once&quot; on: %n rewatches are not sent (see Skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) do not fit in your Trakt watchlist&apos;s limit and are not sent (see Skipped).</source>
        <translation>
            <numerusform>%n title does not fit in your Trakt watchlist&apos;s limit and is not sent (see Skipped).</numerusform>
            <numerusform>%n titles do not fit in your Trakt watchlist&apos;s limit and are not sent (see Skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ExtrasPlanner</name>
    <message numerus="yes">
        <source>Already on Trakt (%n plays)</source>
        <translation>
            <numerusform>Already on Trakt (%n play)</numerusform>
            <numerusform>Already on Trakt (%n plays)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::LogsTab</name>
    <message numerus="yes">
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>%n row copied</numerusform>
            <numerusform>%n rows copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MainWindow</name>
    <message numerus="yes">
        <source>Posted %n play(s) to Trakt.</source>
        <translation>
            <numerusform>Posted %n play to Trakt.</numerusform>
            <numerusform>Posted %n plays to Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) need a mapping: see Mappings → Needs mapping.</source>
        <translation>
            <numerusform>%n play needs a mapping: see Mappings → Needs mapping.</numerusform>
            <numerusform>%n plays need a mapping: see Mappings → Needs mapping.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingDownloader</name>
    <message numerus="yes">
        <source>no data for %n second(s); nothing was changed.</source>
        <translation>
            <numerusform>no data for %n second; nothing was changed.</numerusform>
            <numerusform>no data for %n seconds; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingImporter</name>
    <message numerus="yes">
        <source>%1 mapping data imported: %n AniList id(s).</source>
        <translation>
            <numerusform>%1 mapping data imported: %n AniList id.</numerusform>
            <numerusform>%1 mapping data imported: %n AniList ids.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingUpdater</name>
    <message numerus="yes">
        <source>Imported %n AniList id(s).</source>
        <translation>
            <numerusform>Imported %n AniList id.</numerusform>
            <numerusform>Imported %n AniList ids.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::MappingsTab</name>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) mapping</source>
        <translation>
            <numerusform>%n needs mapping</numerusform>
            <numerusform>%n need mapping</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::NeverPostPanel</name>
    <message numerus="yes">
        <source>%n play(s) no sync will post.</source>
        <translation>
            <numerusform>%n play no sync will post.</numerusform>
            <numerusform>%n plays no sync will post.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::OverridesTab</name>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::PreviewDialog</name>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n play</numerusform>
            <numerusform>%n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To post (%n)</source>
        <translation>
            <numerusform>To post (%n)</numerusform>
            <numerusform>To post (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped (%n)</source>
        <translation>
            <numerusform>Skipped (%n)</numerusform>
            <numerusform>Skipped (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) posted to Trakt.</source>
        <translation>
            <numerusform>%n play posted to Trakt.</numerusform>
            <numerusform>%n plays posted to Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were already on Trakt.</source>
        <translation>
            <numerusform>%n play was already on Trakt.</numerusform>
            <numerusform>%n plays were already on Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trakt did not find %n play(s): fix their mapping below.</source>
        <translation>
            <numerusform>Trakt did not find %n play: fix its mapping below.</numerusform>
            <numerusform>Trakt did not find %n plays: fix their mapping below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) failed; the next run offers them again.</source>
        <translation>
            <numerusform>%n play failed; the next run offers it again.</numerusform>
            <numerusform>%n plays failed; the next run offers them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) were not sent.</source>
        <translation>
            <numerusform>%n play was not sent.</numerusform>
            <numerusform>%n plays were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) you unticked were not sent.</source>
        <translation>
            <numerusform>%n play you unticked was not sent.</numerusform>
            <numerusform>%n plays you unticked were not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned (%n)</source>
        <translation>
            <numerusform>Planned (%n)</numerusform>
            <numerusform>Planned (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n play(s)</source>
        <translation>
            <numerusform>%1 of %n play</numerusform>
            <numerusform>%1 of %n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s)</source>
        <translation>
            <numerusform>%1 of %n show</numerusform>
            <numerusform>%1 of %n shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n never post</source>
        <translation>
            <numerusform> · %n never post</numerusform>
            <numerusform> · %n never post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) marked &quot;never post&quot; are listed in Progress → Never post.</source>
        <translation>
            <numerusform>%n play marked &quot;never post&quot; is listed in Progress → Never post.</numerusform>
            <numerusform>%n plays marked &quot;never post&quot; are listed in Progress → Never post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extras (%n)</source>
        <translation>
            <numerusform>Extras (%n)</numerusform>
            <numerusform>Extras (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n extra(s)</source>
        <translation>
            <numerusform> · %1 of %n extra</numerusform>
            <numerusform> · %1 of %n extras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n extra(s) failed</source>
        <translation>
            <numerusform> · %n extra failed</numerusform>
            <numerusform> · %n extras failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) sent to Trakt.</source>
        <translation>
            <numerusform>%n rating or list change sent to Trakt.</numerusform>
            <numerusform>%n ratings and list changes sent to Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) were not taken: see below.</source>
        <translation>
            <numerusform>%n rating or list change was not taken: see below.</numerusform>
            <numerusform>%n ratings and list changes were not taken: see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s) you unticked were not sent.</source>
        <translation>
            <numerusform>%n extra you unticked was not sent.</numerusform>
            <numerusform>%n extras you unticked were not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::PreviewModel</name>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n play</numerusform>
            <numerusform>%n plays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::ProgressTab</name>
    <message numerus="yes">
        <source>%n show(s) with progress</source>
        <translation>
            <numerusform>%n show with progress</numerusform>
            <numerusform>%n shows with progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunModel</name>
    <message numerus="yes">
        <source>Undo of run %1: %n play(s) removed</source>
        <translation>
            <numerusform>Undo of run %1: %n play removed</numerusform>
            <numerusform>Undo of run %1: %n plays removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunUndo</name>
    <message numerus="yes">
        <source>Undo of run %1 started: %n play(s) to remove from Trakt</source>
        <translation>
            <numerusform>Undo of run %1 started: %n play to remove from Trakt</numerusform>
            <numerusform>Undo of run %1 started: %n plays to remove from Trakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::RunsDialog</name>
    <message numerus="yes">
        <source>%n play(s) this run posted will be removed from Trakt.</source>
        <translation>
            <numerusform>%n play this run posted will be removed from Trakt.</numerusform>
            <numerusform>%n plays this run posted will be removed from Trakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) that were on Trakt before it stay.</source>
        <translation>
            <numerusform>%n play that was on Trakt before it stays.</numerusform>
            <numerusform>%n plays that were on Trakt before it stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n play(s) from Trakt</source>
        <translation>
            <numerusform>Remove %n play from Trakt</numerusform>
            <numerusform>Remove %n plays from Trakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) it made are put back as they were.</source>
        <translation>
            <numerusform>%n rating or list change it made is put back as it was.</numerusform>
            <numerusform>%n ratings and list changes it made are put back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s)</source>
        <translation>
            <numerusform>%n play</numerusform>
            <numerusform>%n plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra(s)</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) put back.</source>
        <translation>
            <numerusform>%n rating or list change put back.</numerusform>
            <numerusform>%n ratings and list changes put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) and list change(s) Trakt did not take back: undo the run again to retry them.</source>
        <translation>
            <numerusform>%n rating or list change Trakt did not take back: undo the run again to retry it.</numerusform>
            <numerusform>%n ratings and list changes Trakt did not take back: undo the run again to retry them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncController</name>
    <message numerus="yes">
        <source>Background sync: posting %n play(s)…</source>
        <translation>
            <numerusform>Background sync: posting %n play…</numerusform>
            <numerusform>Background sync: posting %n plays…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview ready: %n play(s) to post</source>
        <translation>
            <numerusform>Preview ready: %n play to post</numerusform>
            <numerusform>Preview ready: %n plays to post</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncEngine</name>
    <message numerus="yes">
        <source>Trakt did not find %n play(s); they are in the needs-mapping list.</source>
        <translation>
            <numerusform>Trakt did not find %n play; it is in the needs-mapping list.</numerusform>
            <numerusform>Trakt did not find %n plays; they are in the needs-mapping list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncLog</name>
    <message numerus="yes">
        <source>%1 started: %n play(s) to post</source>
        <translation>
            <numerusform>%1 started: %n play to post</numerusform>
            <numerusform>%1 started: %n plays to post</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::SyncSession</name>
    <message numerus="yes">
        <source>%n play(s) marked &quot;never post&quot; in the preview</source>
        <translation>
            <numerusform>%n play marked &quot;never post&quot; in the preview</numerusform>
            <numerusform>%n plays marked &quot;never post&quot; in the preview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) reached Trakt since the preview; they are not posted again</source>
        <translation>
            <numerusform>%n play reached Trakt since the preview; it is not posted again</numerusform>
            <numerusform>%n plays reached Trakt since the preview; they are not posted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: &quot;watch only once&quot; is on in your Trakt settings</source>
        <translation>
            <numerusform>%n rewatch not sent: &quot;watch only once&quot; is on in your Trakt settings</numerusform>
            <numerusform>%n rewatches not sent: &quot;watch only once&quot; is on in your Trakt settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rewatch(es) not sent: your Trakt settings could not be read (%1)</source>
        <translation>
            <numerusform>%n rewatch not sent: your Trakt settings could not be read (%1)</numerusform>
            <numerusform>%n rewatches not sent: your Trakt settings could not be read (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tsuzuki::Time</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
