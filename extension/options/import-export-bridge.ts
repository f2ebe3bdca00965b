// The one place the options page meets the import/export helper's module
// (extension/options/import-export/). Until that module exists, nothing is offered: the section
// says so and "Export first" falls back to a plain JSON download (corpus-ops.exportCorpusBlob).
import type { ComponentType } from 'preact';
import type { CorpusRepository } from '../../store/repository';
import type { ImportExportPanelProps } from './App';

export const ImportExportPanel: ComponentType<ImportExportPanelProps> | undefined = undefined;
export const exportCorpusJson: ((repo: CorpusRepository) => Promise<Blob>) | undefined = undefined;
