import { useActiveTabEdit } from '../../state/useActiveTabEdit';
import { useActiveTabSending } from '../../state/useActiveTabSending';
import { useRequestUpdater } from '../../state/useRequestUpdater';
import { useSendRequest } from '../../state/useSendRequest';
import { useVariableLookup } from '../../state/useVariableLookup';
import { VariableLookupContext } from '../../components/variableInput/variableLookupContext';
import { tabsStore } from '../../state/tabsStore';
import { sendBlocker } from './canSend';
import { MethodField } from './MethodField';
import { RequestSections } from './RequestSections';
import { SendControls } from './SendControls';
import { UnresolvedConfirm } from './UnresolvedConfirm';
import { LeftoverBodyConfirm } from './LeftoverBodyConfirm';
import { UrlField } from './UrlField';
import { withUrl } from './requestEdits';
import { useSendShortcuts } from './useSendShortcuts';
import { useFocusUrlShortcut } from './useFocusUrlShortcut';
import { RequestTools } from '../codegen';
import { PasteNote } from '../import';
import './request.css';

/** The request of the active tab: method, URL, Send, and the sections below. */
export function RequestEditor() {
  // Not the exchange: a send that ends re-renders the response, not the request editor.
  const tab = useActiveTabEdit();
  const update = useRequestUpdater(tab.id);
  const { send } = useSendRequest(tab.id);
  const request = tab.request;
  const lookup = useVariableLookup(tab);
  useFocusUrlShortcut();

  return (
    <VariableLookupContext.Provider value={lookup}>
    <section aria-label="Request" className="rl-request">
      <div className="rl-request-line">
        <MethodField value={request.method} onChange={(method) => update((r) => ({ ...r, method }))} />
        <UrlField value={request.url} lookup={lookup} onChange={(url) => update((r) => withUrl(r, url))} />
        <SendArea tabId={tab.id} blocker={sendBlocker(request)} />
        <RequestTools tabId={tab.id} />
      </div>
      <PasteNote tabId={tab.id} />
      {tab.notice && (
        <div role="status" className="rl-notice">
          <span>{tab.notice}</span>
          <button type="button" onClick={() => tabsStore.dismissNotice(tab.id)}>
            Dismiss
          </button>
        </div>
      )}
      {tab.confirmUnresolved && (
        <UnresolvedConfirm
          tab={tab}
          found={tab.confirmUnresolved}
          onSendAnyway={() => void send({ force: true })}
          onDismiss={() => tabsStore.setConfirmUnresolved(tab.id, undefined)}
        />
      )}
      {tab.confirmBody && (
        <LeftoverBodyConfirm
          method={tab.confirmBody.method}
          bytes={tab.confirmBody.bytes}
          onWithout={() => {
            const force = tab.confirmBody?.force === true;
            update((r) => ({ ...r, body: { ...r.body, mode: 'none' } }));
            void send({ force });
          }}
          onWith={() => void send({ force: tab.confirmBody?.force === true, withBody: true })}
          onDismiss={() => tabsStore.setConfirmBody(tab.id, undefined)}
        />
      )}
      <RequestSections key={tab.id} tabId={tab.id} request={request} update={update} />
    </section>
    </VariableLookupContext.Provider>
  );
}

/** Send or Cancel, and their shortcuts: the one part of the request line that follows a running send. */
function SendArea({ tabId, blocker }: { tabId: string; blocker: ReturnType<typeof sendBlocker> }) {
  const sending = useActiveTabSending();
  const { send, cancel } = useSendRequest(tabId);
  const trySend = () => {
    if (blocker === null) void send();
  };
  useSendShortcuts({ send: trySend, cancel, sending });
  return <SendControls sending={sending} blocker={blocker} onSend={trySend} onCancel={cancel} />;
}
