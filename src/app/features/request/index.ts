export { RequestEditor } from './RequestEditor';
