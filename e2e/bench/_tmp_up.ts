import { measureUploads } from './uploads';
console.log(await measureUploads());
