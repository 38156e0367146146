import { Dashboard } from '../../components/dashboard/dashboard';
import { mountPage } from '../../components/page-root';

mountPage(<Dashboard />);
