import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ExportSection } from '../export';
import { ImportDialog } from './ImportDialog';
import { onImportRequest, takeImportRequest, type ImportRequest } from './importRequests';
import { installSidebarDrop } from './sidebarDrop';
import './import.css';

/** The sidebar's "Import and export" panel: opens the import dialog, lists what can be exported. */
export function InteropPanel() {
  const [open, setOpen] = useState<ImportRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(null);
    importButton.current?.focus();
  };
  // Re-render on every request (a file dropped on the sidebar) and take it.
  const tick = useSyncExternalStore(onImportRequest, () => counter.value);
  useEffect(() => {
    const request = takeImportRequest();
    if (request) {
      setMessage(null);
      setOpen(request);
    }
  }, [tick]);

  return (
    <div className="rl-panel rl-interop">
      <h2 className="rl-panel-title">Import and export</h2>
      <div className="rl-toolbar">
        <button
          ref={importButton}
          type="button"
          title="Or drop a file on the sidebar"
          onClick={() => {
            setMessage(null);
            setOpen({});
          }}
        >
          Import
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      {open && <ImportDialog {...(open.file ? { initialFile: open.file } : {})} onClose={close} onDone={setMessage} />}
      <ExportSection />
    </div>
  );
}

/** Counts import requests so the panel sees each one, including a request made before it mounted. */
const counter = { value: 0 };
onImportRequest(() => {
  counter.value++;
});
installSidebarDrop();
