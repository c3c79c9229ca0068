import { requestImport } from './importRequests';

function overSidebar(event: DragEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return !!target?.closest('.rl-sidebar') && !!event.dataTransfer?.types.includes('Files');
}

/**
 * A file dropped anywhere on the sidebar opens the import dialog with it. Listening on the
 * document keeps the layout untouched; drags inside the collections tree carry no files.
 */
let installed = false;

export function installSidebarDrop(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('dragover', (event) => {
    if (!overSidebar(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!overSidebar(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) requestImport({ file });
  });
}
