import { SidePanel } from '../../components/sidepanel/side-panel';
import { mountPage } from '../../components/page-root';
import '../../components/sidepanel/sidepanel.css';

mountPage(<SidePanel />);
