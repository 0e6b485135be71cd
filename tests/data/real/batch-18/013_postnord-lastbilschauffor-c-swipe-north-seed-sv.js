import taxiDriverImg from '../public/images/jobs/taxi-mobile.jpg'
import foodDeliveryImg from '../public/images/jobs/food-delivery-mobile.jpg'
import nurseImg from '../public/images/jobs/nurse-mobile.jpg'
import personalAssistantImg from '../public/images/jobs/personal-assistant-mobile.jpg'
import technicianImg from '../public/images/jobs/technician-mobile.jpg'
import truckDriverImg from '../public/images/jobs/truck-driver-mobile.jpg'
import accountManagerImg from '../public/images/jobs/account-manager-mobile.jpg'
import psychologistImg from '../public/images/jobs/psychologist-mobile.jpg'
import receptionistImg from '../public/images/jobs/receptionist-mobile.jpg'
import tireChangerImg from '../public/images/jobs/tire-changer-mobile.jpg'

const api = [
    {
        companyName: 'PostNord',
        jobTitle: 'Lastbilschaufför C',
        shortDescription: 'Vi hanterar mer än leveranser, vi hanterar mening. Den här tjänsten är en tidsbegränsad anställning med en sysselsättningsgrad på 100%.',
        linkToJobApplication: 'https://postnord.varbi.com/what:job/jobID:588497/type:job/where:1/apply:1',
        tags: [
            {
                category: 'workstyle',
                name: 'Heltid'
            },
            {
                category: 'qualification',
                name: 'Giltigt YKB'
            },
            {
                category: 'field',
                name: 'Kundservice'
            },
            {
                category: 'qualification',
                name: 'Körkort'
            }
        ],
        img: truckDriverImg,
        id: '3ecb29b0-4ac0-471e-9a1a-d294893d8468'
    },
]

export default api