import { Dashboard } from '../../components/dashboard/Dashboard';
import { mountPage } from '../../components/page-root';

mountPage(<Dashboard />);
