export { RagTag } from './rag-tag.tsx';
